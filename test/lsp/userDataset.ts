/** A user dataset invented for the protocol tests: a person, and an event whose name holds snippet syntax. */
export const TRAM_DATASET = {
  people: [
    {
      id: 'ivan-tramvayev',
      name: 'Ivan Tramvayev',
      aliases: ['Tramvayev'],
      summary: 'A tram driver invented for this test.',
      sources: ['test fixture'],
      born: { date: '1880-03-01', calendar: 'julian' },
    },
  ],
  events: [
    {
      id: 'fare-strike',
      name: 'Fare strike {$5} \\ tram',
      aliases: ['Tram fare strike'],
      summary: 'A strike whose name holds snippet syntax, invented for this test.',
      sources: ['test fixture'],
      start: { date: '1916-02-18', calendar: 'julian' },
      region: 'russia',
      article: 'the',
    },
  ],
};
