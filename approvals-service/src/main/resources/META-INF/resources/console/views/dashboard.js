// A manager's dashboard: what waits for a decision on a team's requests, per person, with age, the next due date,
// how many are overdue and how many were escalated. It names staff only, never a child. Team managers and practice
// managers see their team; senior managers and heads of service choose among their service area's teams.

import { el, show, person } from '../html.js';
import { date, plural } from '../format.js';
import { query } from '../api.js';

const AREA_POSTS = ['SENIOR_MANAGER', 'HEAD_OF_SERVICE'];

export async function render(app, main, [chosen]) {
  const teams = await teamsOf(app);
  const team = chosen || teams[0]?.id;
  const picker = teams.length > 1 ? el('form', { class: 'field field--inline', id: 'team-picker' },
    el('label', { for: 'team' }, 'Team'),
    el('select', { id: 'team', name: 'team' }, teams.map((t) => el('option', { value: t.id, selected: t.id === team },
      t.name))),
    el('button', { type: 'submit', class: 'button button--secondary' }, 'Show')) : null;
  picker?.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/dashboard/${picker.querySelector('select').value}`;
  });
  if (!team) {
    show(main, el('h1', {}, 'Team dashboard'), el('p', {}, 'You manage no team.'));
    return;
  }
  const board = await app.api.get(`/approvals/v1/teams/${encodeURIComponent(team)}/pending-decisions`);
  const teamName = teams.find((t) => t.id === team)?.name || team;
  show(main,
    el('h1', {}, `Team dashboard: ${teamName}`),
    picker,
    el('ul', { class: 'figures', id: 'dashboard-figures' },
      figure(board.pending, 'pending'), figure(board.overdue, 'overdue'), figure(board.escalated, 'escalated')),
    board.people.length ? el('div', { class: 'table-wrap' }, el('table', { class: 'table', id: 'dashboard-table' },
      el('caption', { class: 'visually-hidden' }, 'Pending decisions per person, longest waiting first'),
      el('thead', {}, el('tr', {}, ['Waiting for', 'Pending', 'Longest waiting', 'Next due', 'Overdue', 'Escalated']
        .map((heading) => el('th', { scope: 'col' }, heading)))),
      el('tbody', {}, board.people.map((p) => el('tr', {},
        el('th', { scope: 'row' }, person(p.assignee)),
        el('td', {}, String(p.pending)),
        el('td', {}, p.oldestAgeDays === 0 ? 'Since today' : plural(p.oldestAgeDays, 'day')),
        el('td', {}, p.nextDue ? date(p.nextDue) : 'No deadline'),
        el('td', {}, p.overdue ? el('strong', { class: 'tag tag--red' }, String(p.overdue)) : '0'),
        el('td', {}, p.escalated ? el('strong', { class: 'tag tag--orange' }, String(p.escalated)) : '0'))))))
      : el('p', { class: 'empty' }, 'Nothing waits for a decision on this team.'));
}

function figure(count, label) {
  return el('li', { class: 'figure' }, el('span', { class: 'figure__number' }, String(count)), ` ${label}`);
}

/** The teams this person manages: their own, or every team of their service area. */
async function teamsOf(app) {
  if (!AREA_POSTS.includes(app.me?.post)) {
    return app.me?.team ? [await app.api.get(`/approvals/v1/organisation/teams/${app.me.team}`)] : [];
  }
  const teams = [];
  let after = null;
  do {
    const page = await app.api.get(`/approvals/v1/organisation/teams${query({ limit: 100, after })}`);
    teams.push(...page.items.filter((t) => t.serviceArea === app.me.serviceArea));
    after = page.next;
  } while (after);
  return teams;
}
