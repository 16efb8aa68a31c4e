// Links from Tasklist's header to the application's own pages (same login, same session):
// the panel calendar at /swp/panels and each worker's own applications at /swp/applications.
const PAGES = [{href: '/swp/panels', text: 'Panel sittings', id: 'swp-panel-sittings-link'},
  {href: '/swp/applications', text: 'My applications', id: 'swp-my-applications-link'}];

function addLinks() {
  // The list beside "Start process" (Tasklist's own header actions).
  const menu = document.querySelector('[cam-widget-header] ul[cam-if-logged-in]');
  if (!menu) {
    return;
  }
  for (const page of PAGES) {
    if (!document.getElementById(page.id)) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.id = page.id;
      link.href = page.href;
      link.textContent = page.text;
      item.appendChild(link);
      menu.insertBefore(item, menu.firstChild);
    }
  }
}

new MutationObserver(addLinks).observe(document.body, {childList: true, subtree: true});
addLinks();
