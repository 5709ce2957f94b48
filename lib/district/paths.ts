/** The district's configuration for admins: one page per section. */
export const DISTRICT_SETTINGS_PATH = "/admin/einstellungen";

export const SETTINGS_SECTIONS = ["general", "localities", "topics", "departments", "concerns", "domains", "legal"] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

const SEGMENT: Record<SettingsSection, string> = { general: "", localities: "ortsteile", topics: "themen", departments: "aemter", concerns: "anliegen", domains: "domains", legal: "rechtliches" };

export const districtSettingsPath = (section: SettingsSection) => (SEGMENT[section] ? `${DISTRICT_SETTINGS_PATH}/${SEGMENT[section]}` : DISTRICT_SETTINGS_PATH);
