-- A minimal Neovim config that runs Clio for Markdown buffers (the one docs/editors.md shows; the test uses it as is).
-- Works on Neovim 0.7 (Debian bookworm): vim.lsp.start exists from 0.8, before it start_client + buf_attach_client.
local server = vim.env.CLIO_SERVER or vim.fn.expand('~/clio/dist/server.js') -- path to Clio's dist/server.js

-- The workspace root: the nearest folder with .clio.json (Clio's settings), else with .git, else the file's folder.
local function root_dir(path)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  local config = vim.fn.findfile('.clio.json', dir .. ';')
  if config ~= '' then return vim.fn.fnamemodify(config, ':p:h') end
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then return vim.fn.fnamemodify(git, ':p:h:h') end -- ':p' ends a folder with '/'
  return dir
end

local clients = {} -- one server per root on Neovim 0.7 (vim.lsp.start reuses clients by itself)

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'markdown',
  callback = function(args)
    local root = root_dir(vim.api.nvim_buf_get_name(args.buf))
    local config = {
      name = 'clio',
      cmd = { 'node', server, '--stdio' },
      root_dir = root,
      -- Answers the server's workspace/configuration request for the `clio` section (as VS Code settings would).
      settings = { clio = { diagnostics = { debounceMs = 0 } } },
    }
    if vim.lsp.start then
      vim.lsp.start(config)
    else
      clients[root] = clients[root] or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, clients[root])
    end
  end,
})
