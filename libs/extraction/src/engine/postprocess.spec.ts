/** Article-level clean-up: one finding per gift, untracked topics, dates of reported acts. */
import { extract } from '../extract';

const types = (body: string) => extract({ body, publishedAt: '2024-06-03' }).findings.map((f) => [f.type, (f.data as unknown as { item?: string }).item ?? '']);

describe('one finding per gift and article', () => {
  it('keeps the confirmation and drops a later report of the same gift, its item named differently', () => {
    const body = 'The palace confirmed on Monday that King Rolf Aas had given President Mira Tal a painting of the harbour. The portrait King Rolf Aas gave to Mira Tal will hang in her office.';
    expect(types(body).filter(([t]) => t.startsWith('Gift'))).toEqual([['GiftConfirmed', expect.stringMatching(/painting/)]]);
  });

  it('keeps two different gifts between the same people', () => {
    const body = 'King Rolf Aas gave President Mira Tal a grey stallion on Monday. Last year King Rolf Aas gave Mira Tal a rare atlas.';
    expect(types(body).filter(([t]) => t === 'GiftGiven')).toHaveLength(2);
  });
});

describe('untracked topics', () => {
  it('yields no developments for a race report full of quotes', () => {
    const body = [
      'Kenyan runner Ada Wanjiru won the city marathon on Sunday in a course record, pulling away from the leading group at the 30-kilometre mark.',
      '"The last five kilometres were the hardest of my life," Wanjiru said at the finish.',
      'Defending champion Lise Moen finished second, and more than 9,000 runners completed the race in cool weather.',
      '"I ran my own race and I am proud of the medal," Moen said after the podium ceremony.',
    ].join('\n\n');
    expect(extract({ body, publishedAt: '2024-06-03' })).toMatchObject({ findings: [], unrelated: true });
  });

  it('keeps a sports body taking official acts as a tracked story', () => {
    const body = 'The football league fined the club £2 million on Monday and suspended its chairman. The league also banned the club from signing players, a decision the chairman denied was fair. Several fans condemned the league for its ruling after the match.';
    expect(extract({ body, publishedAt: '2024-06-03' }).findings.some((f) => f.type === 'ActionTaken')).toBe(true);
  });
});
