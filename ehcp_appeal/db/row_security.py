"""Who sees what on a team's server: row-level security, made by migration 0012.

Each caseworker signs in as a database role of their own, so the server itself, not the
app, decides which rows they get back; a caseworker running psql sees no more than the
app shows them. The rules, for every table that belongs to a case:

- A case is visible to the roles assigned to it (``case_assignment``), to supervisors
  (``team_member.supervisor``) and to the owner of the tables (the server's administrator,
  who runs the migrations). Tables are FORCE'd, so the owner is held to the same policies
  and only reaches every row through the "sees all" rule (superusers bypass RLS anyway).
- Every other table reaches its case through a subquery on ``case`` or ``document``,
  whose own policies then apply: one rule, not one copy per table.
- Anyone of the team may create a case; the server assigns it to its creator at once
  (a trigger), so a caseworker keeps what she makes.
- Originals (``blob``) are readable when a visible document (or its PDF rendition) refers
  to them, or while no document at all does (between storing and committing an import),
  so a caseworker can never read a colleague's original by guessing its hash.
- ``audit_event`` takes new rows only: who and when are set by the server, and a trigger
  refuses every UPDATE, DELETE and TRUNCATE, whoever asks.

Only PostgreSQL has any of this; on SQLite (one family, one computer) the migration
leaves these statements out.
"""

from sqlalchemy import Connection, text

# Tables with a ``case_id`` column, protected through the case they belong to.
CASE_TABLES = (
    "person",
    "document",
    "keydate",
    "keydatechange",
    "dutyexception",
    "analysisrecord",
    "analysisdecision",
    "amendment",
    "bundlechoice",
    "bundleexport",
    "planwording",
    "workingdocumentversion",
)
# Tables with a ``document_id`` column (and no case_id), protected through the document.
DOCUMENT_TABLES = ("page", "plansectionchoice")

SEES_ALL = "ehcp_role_sees_all"
CASE_VISIBLE = "ehcp_case_visible"
BLOB_UNCLAIMED = "ehcp_blob_unclaimed"
CREATOR_SETTING = "ehcp_appeal.creator"


def _functions(schema: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_temp"
    return [
        # The owner of the tables (and its members) and the team's supervisors see all.
        f"""CREATE FUNCTION {SEES_ALL}(who text) RETURNS boolean LANGUAGE sql STABLE {path} AS $$
            SELECT pg_has_role(who, (SELECT relowner FROM pg_class
                                     WHERE oid = '{schema}."case"'::regclass), 'MEMBER')
                OR EXISTS (SELECT 1 FROM team_member m
                           WHERE m.role_name = who AND m.supervisor)
        $$""",
        f"""CREATE FUNCTION {CASE_VISIBLE}(cid text) RETURNS boolean LANGUAGE sql STABLE
            {path} AS $$
            SELECT {SEES_ALL}(current_user::text)
                OR EXISTS (SELECT 1 FROM case_assignment a
                           WHERE a.case_id = cid AND a.role_name = current_user)
        $$""",
        # Runs as the owner so that it sees every document: "no document refers to it"
        # must be true of the whole database, not of the caller's own cases.
        f"""CREATE FUNCTION {BLOB_UNCLAIMED}(d text) RETURNS boolean LANGUAGE sql STABLE
            SECURITY DEFINER {path} AS $$
            SELECT NOT EXISTS (SELECT 1 FROM document WHERE sha256 = d)
               AND NOT EXISTS (SELECT 1 FROM rendition WHERE pdf_sha256 = d)
        $$""",
        # BEFORE INSERT, as the caller: note who is creating the case ...
        f"""CREATE FUNCTION ehcp_case_note_creator() RETURNS trigger LANGUAGE plpgsql
            {path} AS $$
            BEGIN
                PERFORM set_config('{CREATOR_SETTING}', current_user, true);
                RETURN NEW;
            END $$""",
        # ... AFTER INSERT, as the owner: assign the case to them unless they see all.
        f"""CREATE FUNCTION ehcp_case_assign_creator() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER {path} AS $$
            DECLARE creator text := current_setting('{CREATOR_SETTING}', true);
            BEGIN
                IF coalesce(creator, '') <> '' AND NOT {SEES_ALL}(creator) THEN
                    INSERT INTO case_assignment (case_id, role_name, assigned_at)
                    VALUES (NEW.id, creator, now()) ON CONFLICT DO NOTHING;
                END IF;
                RETURN NULL;
            END $$""",
        f"""CREATE FUNCTION ehcp_audit_stamp() RETURNS trigger LANGUAGE plpgsql {path} AS $$
            BEGIN
                NEW.who := current_user;
                NEW.at := now();
                RETURN NEW;
            END $$""",
        f"""CREATE FUNCTION ehcp_audit_refuse() RETURNS trigger LANGUAGE plpgsql {path} AS $$
            BEGIN
                RAISE EXCEPTION 'The audit record is kept as written: its rows cannot be '
                    'changed or removed.' USING ERRCODE = 'insufficient_privilege';
            END $$""",
    ]


def _policies() -> list[str]:
    statements = [
        'CREATE POLICY team_read ON "case" FOR SELECT USING (ehcp_case_visible(id))',
        'CREATE POLICY team_add ON "case" FOR INSERT WITH CHECK (true)',
        'CREATE POLICY team_change ON "case" FOR UPDATE USING (ehcp_case_visible(id)) '
        "WITH CHECK (ehcp_case_visible(id))",
        'CREATE POLICY team_remove ON "case" FOR DELETE USING (ehcp_case_visible(id))',
        'CREATE TRIGGER case_note_creator BEFORE INSERT ON "case" '
        "FOR EACH ROW EXECUTE FUNCTION ehcp_case_note_creator()",
        'CREATE TRIGGER case_assign_creator AFTER INSERT ON "case" '
        "FOR EACH ROW EXECUTE FUNCTION ehcp_case_assign_creator()",
    ]
    for table in CASE_TABLES:
        rule = 'case_id IN (SELECT id FROM "case")'
        statements.append(f"CREATE POLICY team_cases ON {table} USING ({rule}) WITH CHECK ({rule})")
    for table in DOCUMENT_TABLES:
        rule = "document_id IN (SELECT id FROM document)"
        statements.append(f"CREATE POLICY team_cases ON {table} USING ({rule}) WITH CHECK ({rule})")
    blob_seen = (
        "digest IN (SELECT sha256 FROM document) OR digest IN (SELECT r.pdf_sha256 FROM "
        "rendition r WHERE r.source_sha256 IN (SELECT sha256 FROM document)) "
        "OR ehcp_blob_unclaimed(digest)"
    )
    statements += [
        f"CREATE POLICY team_read ON blob FOR SELECT USING ({blob_seen})",
        "CREATE POLICY team_add ON blob FOR INSERT WITH CHECK (true)",
        f"CREATE POLICY team_change ON blob FOR UPDATE USING ({blob_seen}) WITH CHECK (true)",
        f"CREATE POLICY team_remove ON blob FOR DELETE USING ({blob_seen})",
        "CREATE POLICY team_cases ON blobchunk USING (digest IN (SELECT digest FROM blob)) "
        "WITH CHECK (digest IN (SELECT digest FROM blob))",
        "CREATE POLICY team_read ON case_assignment FOR SELECT "
        "USING (role_name = current_user OR ehcp_role_sees_all(current_user::text))",
        "CREATE POLICY team_manage ON case_assignment "
        "USING (ehcp_role_sees_all(current_user::text)) "
        "WITH CHECK (ehcp_role_sees_all(current_user::text))",
        "CREATE POLICY team_read ON audit_event FOR SELECT "
        "USING (who = current_user OR ehcp_role_sees_all(current_user::text))",
        "CREATE POLICY team_add ON audit_event FOR INSERT WITH CHECK (who = current_user)",
        "CREATE TRIGGER audit_stamp BEFORE INSERT ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION ehcp_audit_stamp()",
        "CREATE TRIGGER audit_refuse BEFORE UPDATE OR DELETE ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION ehcp_audit_refuse()",
        "CREATE TRIGGER audit_refuse_truncate BEFORE TRUNCATE ON audit_event "
        "FOR EACH STATEMENT EXECUTE FUNCTION ehcp_audit_refuse()",
    ]
    return statements


def protected_tables() -> tuple[str, ...]:
    return (
        '"case"',
        *CASE_TABLES,
        *DOCUMENT_TABLES,
        "blob",
        "blobchunk",
        "case_assignment",
        "audit_event",
    )


def create(conn: Connection) -> None:
    """Turn row-level security on (PostgreSQL only; the caller checks the dialect)."""
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    quoted = '"' + str(schema).replace('"', '""') + '"'
    for statement in _functions(quoted):
        conn.execute(text(statement))
    for table in protected_tables():
        conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        conn.execute(text(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"))
    for statement in _policies():
        conn.execute(text(statement))


def drop(conn: Connection) -> None:
    """Undo ``create``: policies and triggers go with their tables' settings."""
    for table in protected_tables():
        conn.execute(text(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY"))
        conn.execute(text(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"))
        for policy in ("team_read", "team_add", "team_change", "team_remove", "team_cases"):
            conn.execute(text(f"DROP POLICY IF EXISTS {policy} ON {table}"))
    conn.execute(text("DROP POLICY IF EXISTS team_manage ON case_assignment"))
    conn.execute(text('DROP TRIGGER IF EXISTS case_note_creator ON "case"'))
    conn.execute(text('DROP TRIGGER IF EXISTS case_assign_creator ON "case"'))
    for name in (
        "ehcp_case_note_creator()",
        "ehcp_case_assign_creator()",
        "ehcp_audit_stamp()",
        "ehcp_audit_refuse()",
        f"{BLOB_UNCLAIMED}(text)",
        f"{CASE_VISIBLE}(text)",
        f"{SEES_ALL}(text)",
    ):
        conn.execute(text(f"DROP FUNCTION IF EXISTS {name} CASCADE"))
