// Welcome's configuration for Social Work Progression (replaces the webjar's config.js of the same path).
export default {
  // The product's name in the header and the browser's title: "Social Work Progression Welcome".
  app: {name: 'Welcome', vendor: 'Social Work Progression'}
};
