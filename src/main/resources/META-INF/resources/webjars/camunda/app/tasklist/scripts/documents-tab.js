// Documents in Tasklist. The Documents tab of every task lists the application's documents (evidence
// and letters), each opened through /swp/documents/{id}, which checks that the reader has a part in the
// application. On a step that takes documents, the same panel with its file picker also sits above the
// form, in the Form tab: switching tabs makes Tasklist draw the form again, empty, so a person who had
// to leave the form to attach a file would lose what they typed. The server checks every file (type
// from its content, size, how many) and its refusal is shown as it is. Everything is built with
// textContent: no file name or message is ever read as HTML.

const BASE = '/swp';

function csrfToken(api) {
  if (api && api.CSRFToken) {
    return api.CSRFToken;
  }
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value);
    }
  });
  children.filter(Boolean).forEach(child => node.appendChild(child));
  return node;
}

async function readJson(response) {
  try {
    return await response.json();
  } catch (e) {
    return {message: 'The server answered ' + response.status + ' without a message.'};
  }
}

function render(node, taskId, api, onlyWhenTheStepTakesDocuments) {
  node.innerHTML = '';
  const root = element('div', {class: 'swp-documents', style: onlyWhenTheStepTakesDocuments ? 'padding: 0 0 15px 0;' : 'padding: 15px;'});
  const status = element('div', {role: 'status', 'aria-live': 'polite', class: 'swp-documents-status'});
  node.appendChild(root);

  function show(kind, message) {
    status.innerHTML = '';
    if (message) {
      status.appendChild(element('div', {class: 'alert alert-' + kind, role: kind === 'danger' ? 'alert' : 'status', text: message}));
    }
  }

  async function load(message) {
    const response = await fetch(BASE + '/tasks/' + encodeURIComponent(taskId) + '/documents', {credentials: 'same-origin'});
    const body = await readJson(response);
    root.innerHTML = '';
    if (onlyWhenTheStepTakesDocuments && !(response.ok && body.step)) {
      return;
    }
    root.appendChild(status);
    if (!response.ok) {
      show('danger', body.message);
      return;
    }
    show(message ? message.kind : null, message ? message.text : null);
    if (body.frozen) {
      root.appendChild(element('div', {class: 'alert alert-info swp-documents-frozen', text: body.frozen}));
    }
    if (body.step) {
      root.appendChild(uploadBox(body.step));
    }
    root.appendChild(documentList(body.documents));
  }

  function uploadBox(step) {
    const box = element('div', {class: 'well swp-documents-upload'});
    box.appendChild(element('h4', {text: 'This step takes ' + step.label}));
    const needs = step.minFiles > 0
        ? step.minFiles + (step.minFiles === 1 ? ' file is' : ' files are') + ' needed before you complete the step'
        : 'Attaching is optional';
    box.appendChild(element('p', {text: 'Attach ' + step.allowed + '. Up to ' + step.maxFiles + ' files; ' + needs
        + '. Attached here so far: ' + step.attached + '.' + (step.rule ? ' (' + step.rule + ')' : '')}));
    if (!step.canAttach) {
      box.appendChild(element('p', {class: 'text-muted', text: 'Only the person this task is assigned to can attach files, and only until the evidence is frozen.'}));
      return box;
    }
    const inputId = 'swp-document-file' + (onlyWhenTheStepTakesDocuments ? '-inline' : '');
    const input = element('input', {type: 'file', id: inputId, name: 'file', class: 'form-control swp-document-file',
      accept: '.pdf,.doc,.docx,.odt,.jpg,.jpeg,.png'});
    const label = element('label', {for: inputId, text: 'Choose a file'});
    const button = element('button', {type: 'button', class: 'btn btn-primary swp-documents-attach', text: 'Attach the file'});
    button.addEventListener('click', async () => {
      if (!input.files || !input.files.length) {
        show('danger', 'Choose a file first.');
        return;
      }
      const file = input.files[0];
      const form = new FormData();
      form.append('file', file, file.name);
      button.disabled = true;
      try {
        const response = await fetch(BASE + '/tasks/' + encodeURIComponent(taskId) + '/documents', {
          method: 'POST', body: form, credentials: 'same-origin', headers: {'X-XSRF-TOKEN': csrfToken(api)}});
        const body = await readJson(response);
        await load(response.ok ? {kind: 'success', text: "'" + body.fileName + "' is attached."}
            : {kind: 'danger', text: body.message});
      } finally {
        button.disabled = false;
      }
    });
    box.appendChild(element('div', {class: 'form-group'}, label, input));
    box.appendChild(button);
    return box;
  }

  function documentList(documents) {
    const section = element('div', {class: 'swp-documents-list'});
    section.appendChild(element('h4', {text: "This application's documents"}));
    if (!documents.length) {
      section.appendChild(element('p', {class: 'text-muted', text: 'No documents yet.'}));
      return section;
    }
    const table = element('table', {class: 'table table-condensed'});
    const head = element('tr', {});
    ['Document', 'Kind', 'Step', 'Added by', 'On', 'Size', ''].forEach(title => head.appendChild(element('th', {scope: 'col', text: title})));
    table.appendChild(element('thead', {}, head));
    const rows = element('tbody', {});
    documents.forEach(document => {
      const link = element('a', {href: document.url, target: '_blank', rel: 'noopener', text: document.fileName});
      const remove = document.canRemove ? element('button', {type: 'button', class: 'btn btn-link btn-xs', text: 'Remove'}) : null;
      if (remove) {
        remove.setAttribute('aria-label', 'Remove ' + document.fileName);
        remove.addEventListener('click', async () => {
          const response = await fetch(BASE + '/documents/' + encodeURIComponent(document.id), {
            method: 'DELETE', credentials: 'same-origin', headers: {'X-XSRF-TOKEN': csrfToken(api)}});
          const body = await readJson(response);
          await load(response.ok ? {kind: 'success', text: "'" + body.removed + "' was removed."} : {kind: 'danger', text: body.message});
        });
      }
      const row = element('tr', {},
          element('td', {}, link), element('td', {text: document.kind}), element('td', {text: document.step}),
          element('td', {text: document.addedBy}), element('td', {text: document.addedOn}), element('td', {text: document.size}),
          element('td', {}, remove));
      rows.appendChild(row);
    });
    table.appendChild(rows);
    section.appendChild(table);
    return section;
  }

  load();
}

// The panel above a task's form: drawn whenever Tasklist draws a task form (not a start form), for the
// task in the address (…?task=<id>), and drawn again when the form is drawn again.
function taskInAddress() {
  const match = window.location.hash.match(/[?&]task=([0-9a-fA-F-]+)/);
  return match ? match[1] : null;
}

function besideTheForm() {
  const taskId = taskInAddress();
  document.querySelectorAll('.fjs-container').forEach(form => {
    if (!taskId || form.closest('.modal-dialog') || !form.parentNode) {
      return;
    }
    const existing = form.parentNode.querySelector(':scope > .swp-documents-inline');
    if (existing && existing.dataset.taskId === taskId) {
      return;
    }
    if (existing) {
      existing.remove();
    }
    const holder = element('div', {class: 'swp-documents-inline'});
    holder.dataset.taskId = taskId;
    form.parentNode.insertBefore(holder, form);
    render(holder, taskId, null, true);
  });
}

new MutationObserver(besideTheForm).observe(document.body, {childList: true, subtree: true});

export default {
  id: 'swp-documents',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  properties: {label: 'Documents'},
  render(node, {taskId, api}) {
    render(node, taskId, api);
  }
};
