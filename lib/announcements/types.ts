/** An announcement as every list shows it (public list, Mein Kiez, staff overview, search). */
export interface AnnouncementListItem {
  id: string;
  title: string;
  summary: string;
  publishAt: Date;
  /** Set when the announcement was edited after publication ("aktualisiert am …"). */
  editedAt: Date | null;
  /** The district-office unit that signs it, e.g. "Straßen- und Grünflächenamt". */
  departmentName: string | null;
  wholeDistrict: boolean;
  localityNames: string[];
  topicNames: string[];
  commentCount: number;
}

/** One page of a keyset-paginated list. */
export interface AnnouncementPage {
  items: AnnouncementListItem[];
  nextCursor: string | null;
}
