import { UserName } from "@/components/user-name";
import type { Role, Verification } from "@/lib/policy";

interface Person {
  id: string;
  displayName: string | null;
  username: string | null;
  role: Role;
  verification: Verification;
}

/**
 * A person as moderation shows them: display name, @username, badges; "(du)" for the viewer;
 * the fallback when the account is gone.
 */
export function PersonName({
  person,
  fallback,
  viewerId,
  youLabel,
  withUsername = true,
}: {
  person: Person | null;
  fallback: string;
  viewerId?: string;
  youLabel?: string;
  withUsername?: boolean;
}) {
  if (!person) return <span className="italic">{fallback}</span>;
  const note = [withUsername && person.username ? `@${person.username}` : null, person.id === viewerId ? youLabel : null].filter(Boolean).join(" ");
  return (
    <UserName
      name={person.displayName ?? person.username ?? fallback}
      verification={person.verification}
      role={person.role}
      note={note ? <span className="text-slate-700">{note}</span> : undefined}
    />
  );
}
