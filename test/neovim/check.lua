-- Run by test/neovim/run.sh after init.lua opened the draft: wait for Clio's diagnostics, ask for a hover on the
-- first "Lenin", write what Neovim got to $CLIO_NVIM_OUT as JSON and quit. Every failure is written too, never hidden.
local out = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch), diagnostics = {}, errors = {} }

local function run()
  local buf = vim.api.nvim_get_current_buf()
  out.filetype = vim.bo[buf].filetype
  local attached = vim.wait(20000, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 50)
  if not attached then error('no LSP client attached to the buffer') end
  for _, client in pairs(vim.lsp.buf_get_clients(buf)) do out.client = client.name; out.root_dir = client.config.root_dir end
  -- Diagnostics are pushed (textDocument/publishDiagnostics); vim.wait lets Neovim's loop receive them.
  vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.diagnostics, { code = d.code, source = d.source, message = d.message, lnum = d.lnum, col = d.col, severity = d.severity })
  end
  -- The first "Lenin" in the buffer (0-based line; the line is ASCII so bytes and UTF-16 columns agree).
  local position
  for lnum, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find('Lenin', 1, true)
    if col then position = { line = lnum - 1, character = col - 1 } break end
  end
  if not position then error('no Lenin in the draft') end
  out.hover_position = position
  local params = { textDocument = vim.lsp.util.make_text_document_params(), position = position }
  local responses, err = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 20000)
  if err then error('hover: ' .. tostring(err)) end
  for _, response in pairs(responses or {}) do
    if response.error then table.insert(out.errors, 'hover error: ' .. vim.inspect(response.error)) end
    local contents = response.result and response.result.contents
    if type(contents) == 'table' then out.hover = contents.value or vim.inspect(contents) elseif contents then out.hover = contents end
  end
end

local ok, message = pcall(run)
if not ok then table.insert(out.errors, tostring(message)) end
local file = assert(io.open(vim.env.CLIO_NVIM_OUT, 'w'))
file:write(vim.fn.json_encode(out))
file:close()
vim.cmd('qall!')
