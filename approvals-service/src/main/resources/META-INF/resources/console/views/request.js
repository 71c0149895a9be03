// One request: what is asked, in full, and the decision. For a note's oversight the note itself, with the child's own
// words set apart from the worker's account (003 s.5b); for a roll-back the whole request form of 000 with the line
// manager's comments; for the other kinds what the request carries. Approving or returning takes effect at once.

import { el, show, summary, person } from '../html.js';
import { date, dateTime, today, words } from '../format.js';
import { ApiError, PURPOSE } from '../api.js';

const OUTCOMES = { APPROVED: 'Approved', RETURNED: 'Returned' };

export async function render(app, main, [id]) {
  const item = await app.api.get(`/approvals/v1/approval-requests/${id}`);
  const kind = app.kinds.get(item.kind);
  const childName = await app.childName(item.childId);
  const banner = el('div', { id: 'result' });
  const subject = el('section', { 'aria-labelledby': 'subject-heading' },
    el('h2', { id: 'subject-heading' }, 'What is asked'), el('p', {}, 'Loading…'));
  const decision = el('section', { 'aria-labelledby': 'decision-heading' });
  show(main,
    el('p', {}, el('a', { href: '#/inbox', class: 'back-link' }, 'Back to inbox')),
    banner,
    el('h1', {}, app.kindTitle(item.kind)),
    kind?.description ? el('p', { class: 'lead' }, kind.description) : null,
    summary([
      ['Child', childName ?? el('span', { class: 'muted' }, 'Not shown to you')],
      ['Asked by', person(item.requestedBy)],
      ['Asked on', dateTime(item.createdAt)],
      ['Due by', item.dueDate ? [date(item.dueDate), item.state === 'PENDING' && item.dueDate < today()
        ? el('strong', { class: 'tag tag--red' }, 'Overdue') : null] : 'No deadline'],
      ['Escalated', item.escalatedAt ? `${dateTime(item.escalatedAt)}, because its deadline passed` : null],
      ['Waiting for', item.state === 'PENDING' ? person(item.assignee) : null],
    ], { id: 'request-summary' }),
    subject,
    decision);
  drawDecision(app, item, decision, banner);
  // The subject loads after the view is shown: the page moves the focus to the view once it is shown, and must not
  // move it again later, from under someone already tabbing through the form.
  drawSubject(app, item, kind, subject);
}

async function drawSubject(app, item, kind, section) {
  const heading = section.querySelector('h2');
  let content;
  try {
    if (item.subjectPath?.includes('/roll-back-requests/')) {
      content = rollBack(await read(app, item.subjectPath));
    } else if (item.subjectPath) {
      content = note(await read(app, item.subjectPath));
    } else {
      content = carried(item, kind);
    }
  } catch (error) {
    content = el('p', {}, error instanceof ApiError && error.status === 403
      ? 'You may not read what this request is about.' : 'What this request is about could not be read just now.');
  }
  section.replaceChildren(heading, content);
}

function read(app, path) {
  return app.api.get(path, { headers: { 'X-Access-Purpose': PURPOSE } });
}

/** A case note as recorded: the worker's account, and apart from it the child's own words and others' views. */
function note(n) {
  const visit = n.visit || {};
  const parts = [
    summary([
      ['Title', n.title],
      ['Type of record', words(n.noteType)],
      ['When it happened', [date(n.eventDate), n.eventTime ? ` at ${n.eventTime.slice(0, 5)}` : '']],
      ['Written by', person(n.author)],
      ['Submitted', dateTime(n.submittedAt)],
      ['Version', String(n.version ?? '')],
    ], { id: 'note-summary' }),
  ];
  if (n.visit) {
    parts.push(el('h3', {}, 'The visit'), summary([
      ['Where', visit.venue],
      ['Purpose', visit.purpose],
      ['Who was there', visit.present?.join(', ')],
      ['Announced', yesNo(visit.announced)],
      ['Child seen', yesNo(visit.childSeen)],
      ['Why the child was not seen', visit.childNotSeenReason],
      ['Child seen alone', yesNo(visit.seenAlone)],
      ['Why not alone', visit.notSeenAloneReason],
      ['Bedroom seen', yesNo(visit.bedroomSeen)],
      ['Change of circumstances', visit.changeOfCircumstances],
      ['Analysis', visit.analysis],
    ]));
  }
  parts.push(el('h3', {}, 'The worker’s account'), el('div', { class: 'narrative', id: 'note-narrative' }, n.narrative));
  if (n.childsVoice?.words) {
    parts.push(el('figure', { class: 'childs-voice', id: 'childs-voice' },
      el('figcaption', {}, 'The child’s own words', n.childsVoice.howObtained
        ? el('span', { class: 'muted' }, ` (${n.childsVoice.howObtained})`) : null),
      el('blockquote', {}, n.childsVoice.words)));
  }
  for (const view of n.parentsAndCarers || []) {
    parts.push(el('figure', { class: 'other-voice' },
      el('figcaption', {}, `${view.name}${view.relationship ? `, ${view.relationship}` : ''}: their views`),
      el('blockquote', {}, view.views)));
  }
  if (n.managementEntries?.length) {
    parts.push(el('h3', {}, 'Management entries so far'), el('ul', { class: 'entries' },
      n.managementEntries.map((entry) => el('li', {}, `${OUTCOMES[entry.outcome] || words(entry.kind)} by `
        + `${person(entry.decidedBy)}, ${dateTime(entry.decidedAt)}`, entry.comments ? `: “${entry.comments}”` : ''))));
  }
  return el('div', {}, parts);
}

/** The roll-back request form of 000, every field, with the line manager's comments. */
function rollBack(r) {
  return el('div', { id: 'roll-back-form' },
    summary([
      ['Case number', r.caseNumber],
      ['Child', r.childName],
      ['Allocated worker', r.allocatedWorker],
      ['Team', r.team],
      ['Service area', r.serviceArea],
      ['Date of request', date(r.dateOfRequest)],
      ['Reason for the roll-back', r.reason],
      ['Roll the record back to', date(r.rollBackTo)],
      ['Impact on the child and the record', r.impact],
      ['Requested by', person(r.requestedBy)],
    ]),
    el('h3', {}, 'Pathway steps that would be rolled back'),
    r.steps?.length ? el('ul', {}, r.steps.map((step) => el('li', {}, `${words(step.kind)}, started `
      + `${date(step.startDate)}`))) : el('p', {}, 'None listed.'),
    el('h3', {}, 'The line manager’s comments'),
    r.managerComments ? el('figure', { class: 'other-voice', id: 'manager-comments' },
      el('figcaption', {}, `${person(r.manager)}, ${dateTime(r.commentedAt)}`),
      el('blockquote', {}, r.managerComments)) : el('p', {}, 'None yet.'));
}

/** What the request itself carries, by the catalogue's field names where it has them. */
function carried(item, kind) {
  const labels = new Map((kind?.fields || []).map((field) => [field.name, field.label]));
  const rows = [];
  for (const part of [item.informationRemoval, item.restriction, item.pathwayOutcome, item.riskAlert]) {
    if (!part) continue;
    for (const [name, value] of Object.entries(part)) rows.push([words(name), text(value)]);
  }
  for (const [name, value] of Object.entries(item.details || {})) rows.push([labels.get(name) || words(name), value]);
  return rows.length ? summary(rows) : el('p', {}, 'The request carries no more than the summary above.');
}

function text(value) {
  if (Array.isArray(value)) return value.map(text).join(', ');
  if (value && typeof value === 'object') return Object.values(value).map(text).filter(Boolean).join(', ');
  if (typeof value === 'boolean') return yesNo(value);
  return value === null || value === undefined ? '' : String(value);
}

function yesNo(value) {
  return value === true ? 'Yes' : value === false ? 'No' : null;
}

/** The decision made, or the form to make it. */
function drawDecision(app, item, section, banner) {
  if (item.state !== 'PENDING') {
    const d = item.decision || {};
    section.replaceChildren(el('h2', { id: 'decision-heading' }, 'Decision'), summary([
      ['Outcome', OUTCOMES[d.outcome] || d.outcome],
      ['Decided by', person(d.decidedBy)],
      ['Acting for', d.actingFor ? person(d.actingFor) : null],
      ['When', dateTime(d.decidedAt)],
      ['Comments', d.comments],
    ], { id: 'decision-summary' }));
    return;
  }
  if (item.requestedBy?.username === app.username) {
    section.replaceChildren(el('h2', { id: 'decision-heading' }, 'Decision'),
      el('p', {}, `This is your own request: ${person(item.assignee)} decides it.`));
    return;
  }
  section.replaceChildren(form(app, item, section, banner));
}

function form(app, item, section, banner) {
  const kind = app.kinds.get(item.kind);
  const reasonsAlways = Boolean(kind?.reasonsRequired);
  const requester = item.requestedBy?.fullName || 'the person who asked';
  const errors = el('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const outcomeError = el('p', { class: 'field-error', id: 'outcome-error', hidden: true });
  const commentsError = el('p', { class: 'field-error', id: 'comments-error', hidden: true });
  const radio = (value, label, hint) => el('div', { class: 'radio' },
    el('input', { type: 'radio', name: 'outcome', id: `outcome-${value.toLowerCase()}`, value,
      'aria-describedby': `outcome-${value.toLowerCase()}-hint` }),
    el('label', { for: `outcome-${value.toLowerCase()}` }, label),
    el('p', { class: 'hint', id: `outcome-${value.toLowerCase()}-hint` }, hint));
  const comments = el('textarea', { id: 'comments', name: 'comments', rows: 5, maxlength: 4000,
    'aria-describedby': 'comments-hint comments-error' });
  const submit = el('button', { type: 'submit', class: 'button' }, 'Record decision');
  const formElement = el('form', { novalidate: true, id: 'decision-form' },
    el('h2', { id: 'decision-heading' }, 'Your decision'),
    errors,
    el('fieldset', { 'aria-describedby': 'outcome-error' },
      el('legend', {}, 'What do you decide?'),
      outcomeError,
      radio('APPROVED', 'Approve', 'Your comments are added to the record as your management oversight.'),
      radio('RETURNED', `Return it to ${requester} to change`, 'Say what must change: your comments are required.')),
    el('div', { class: 'field' },
      el('label', { for: 'comments' }, 'Comments'),
      el('p', { class: 'hint', id: 'comments-hint' }, reasonsAlways
        ? 'Required: give your reasons.' : 'Required when you return it; optional when you approve.'),
      commentsError,
      comments),
    submit);

  // One key per attempt: pressing the button again after a lost answer is the same decision, not a second one.
  let attempt = null;
  let attemptBody = '';
  formElement.addEventListener('submit', async (event) => {
    event.preventDefault();
    const outcome = formElement.querySelector('input[name=outcome]:checked')?.value;
    const body = { outcome, comments: comments.value.trim() || undefined };
    const problems = [];
    if (!outcome) problems.push(['outcome-approved', outcomeError, 'Choose whether to approve or return it']);
    if (outcome && !body.comments && (outcome === 'RETURNED' || reasonsAlways)) {
      problems.push(['comments', commentsError, 'Give your comments: say what must change']);
    }
    if (problems.length) {
      showErrors(errors, [outcomeError, commentsError], problems);
      return;
    }
    if (JSON.stringify(body) !== attemptBody) {
      attempt = crypto.randomUUID();
      attemptBody = JSON.stringify(body);
    }
    submit.disabled = true;
    try {
      const decided = await app.api.post(`/approvals/v1/approval-requests/${item.id}/decision`, body, attempt);
      const outcomeText = decided.decision?.outcome === 'APPROVED' ? 'You approved this request'
        : `You returned this request to ${requester}`;
      banner.replaceChildren(el('div', { class: 'banner-success', role: 'status', tabindex: '-1', id: 'result-banner' },
        el('h2', {}, outcomeText),
        el('p', {}, 'It has left your inbox. ', el('a', { href: '#/inbox' }, 'Back to inbox'))));
      app.decided.add(item.id);
      drawDecision(app, decided, section, banner);
      banner.firstChild.focus();
      app.refreshCount().catch(() => {});
    } catch (error) {
      submit.disabled = false;
      const violations = error instanceof ApiError ? error.problem.violations || [] : [];
      if (violations.length) {
        showErrors(errors, [outcomeError, commentsError], violations.map((v) => v.field === 'comments'
          ? ['comments', commentsError, v.message] : ['outcome-approved', outcomeError, v.message]));
      } else {
        showErrors(errors, [outcomeError, commentsError], [[null, null, error instanceof ApiError
          && error.status === 409 ? 'This request was decided already. Reload the page to see the decision.'
          : error.message]]);
      }
    }
  });
  return formElement;
}

/** The error summary at the top of the form, each error linked to its field, and the message beside the field. */
function showErrors(summaryBox, fieldErrors, problems) {
  for (const fieldError of fieldErrors) fieldError.hidden = true;
  summaryBox.replaceChildren(el('h3', {}, 'There is a problem'), el('ul', {}, problems.map(([target, fieldError,
    text]) => {
    if (fieldError) {
      fieldError.textContent = text;
      fieldError.hidden = false;
    }
    return el('li', {}, target ? el('a', { href: `#${target}`, dataset: { field: target } }, text) : text);
  })));
  for (const link of summaryBox.querySelectorAll('a[data-field]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault(); // a fragment link would change the page's route
      document.getElementById(link.dataset.field)?.focus();
    });
  }
  summaryBox.hidden = false;
  summaryBox.focus();
}
