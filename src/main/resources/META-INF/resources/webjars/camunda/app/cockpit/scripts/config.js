// Cockpit's configuration for Social Work Progression (replaces the webjar's config.js of the same path).
export default {
  // The product's name in the header and the browser's title: "Social Work Progression Cockpit".
  app: {name: 'Cockpit', vendor: 'Social Work Progression'}
};
