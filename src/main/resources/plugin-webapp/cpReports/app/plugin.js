// Tasklist loads every plugin's page script; this plugin only serves report downloads (ReportsTasklistResource).
export default [];
