// Tasklist's configuration for Social Work Progression (replaces the webjar's config.js of the same path).
export default {
  // The product's name in the header and the browser's title: "Social Work Progression Tasklist".
  app: {name: 'Tasklist', vendor: 'Social Work Progression'},

  // The Documents tab on every task: the application's evidence and letters, and an upload for the steps
  // that take documents (Tasklist 7.24's Camunda Forms have no file picker).
  // Our own pages (the panel calendar) are linked from Tasklist's header.
  customScripts: ['scripts/documents-tab', 'scripts/our-pages'],

  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
