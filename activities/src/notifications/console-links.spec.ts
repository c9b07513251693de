import { consoleLinks } from './console-links';

describe('consoleLinks', () => {
  it('points under /console/ of PUBLIC_URL at the duty, the escalation proposal and the extension request', () => {
    const links = consoleLinks('https://duban.example.org/');
    expect(links.duty('d-1')).toBe('https://duban.example.org/console/duties/d-1');
    expect(links.escalationProposal('p-1')).toBe('https://duban.example.org/console/approvals/escalations/p-1');
    expect(links.extensionRequest('e-1')).toBe('https://duban.example.org/console/approvals/extensions/e-1');
    expect(consoleLinks('http://127.0.0.1:3000').duty('d-2')).toBe('http://127.0.0.1:3000/console/duties/d-2');
  });
});
