// Public URLs of the catalogue, shared by pages, the JSON API and the CSV export.
// Documents are served by the back-office's download route (access-checked there).

export const entryPath = (number: string) => `/informasi-publik/${encodeURIComponent(number)}`;
export const documentPath = (attachmentId: string) => `/api/dokumen/${encodeURIComponent(attachmentId)}`;
