declare module 'cytoscape-edgehandles' {
  const ext: import('cytoscape').Ext;
  export default ext;
}
