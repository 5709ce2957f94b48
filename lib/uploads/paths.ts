/** Where an upload's variant is served (app/(public)/dateien/[id]/[variant]/route.ts). */
export const UPLOADS_PATH = "/dateien";
export const uploadPath = (id: string, variant: string) => `${UPLOADS_PATH}/${encodeURIComponent(id)}/${encodeURIComponent(variant)}`;
