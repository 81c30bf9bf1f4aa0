import type { Department, Office, UserSummary } from '@artel/common';

export type { Department, Office, User, OrgChartNode, UserSummary, Locale, CrmAccess } from '@artel/common';

/** One page of a cursor-paginated list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A list answer without pagination (offices, departments, tokens). */
export interface ItemList<T> {
  items: T[];
}

/** A personal API token as listed (the secret itself is never listed). */
export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Where a person stands in the structure. */
export interface UserOrg {
  managerChain: UserSummary[];
  directReports: UserSummary[];
}

/** Lookup maps built once per list so rows can show names instead of ids. */
export interface OrgLookups {
  departments: Map<string, Department>;
  offices: Map<string, Office>;
}
