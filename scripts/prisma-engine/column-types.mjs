// Column types for query results handed to the wasm engine. Both adapters reject some built-in
// PostgreSQL types the engine reads from pg_catalog while describing a schema: adapter-pg rejects
// "char" (OID 18, e.g. pg_constraint.contype; prisma/prisma issue 27403), which the engine must get
// as a Character value (it panics on Text: "Getting constraint_type … as char failed"), and both
// reject other built-ins (name[], int2vector, regtype, …), handed over as text here.
import { ColumnTypeEnum as T } from "@prisma/driver-adapter-utils";

const TYPES = new Map([
  [21, T.Int32], [23, T.Int32], [20, T.Int64], [26, T.Int64], [700, T.Float], [701, T.Double],
  [16, T.Boolean], [1082, T.Date], [1083, T.Time], [1266, T.Time], [1114, T.DateTime],
  [1184, T.DateTime], [1700, T.Numeric], [790, T.Numeric], [114, T.Json], [3802, T.Json],
  [2950, T.Uuid], [17, T.Bytes], [18, T.Character],
  // text-like: bpchar, text, varchar, bit, varbit, inet, cidr, xml, name
  ...[1042, 25, 1043, 1560, 1562, 869, 650, 142, 19].map((oid) => [oid, T.Text]),
  [1005, T.Int32Array], [1007, T.Int32Array], [1016, T.Int64Array], [1028, T.Int64Array],
  [1021, T.FloatArray], [1022, T.DoubleArray], [1231, T.NumericArray], [791, T.NumericArray],
  [1000, T.BooleanArray], [1002, T.CharacterArray], [1182, T.DateArray], [1183, T.TimeArray],
  [1115, T.DateTimeArray], [1185, T.DateTimeArray], [199, T.JsonArray], [3807, T.JsonArray],
  [1001, T.BytesArray], [2951, T.UuidArray],
  ...[1014, 1009, 1015, 1563, 1561, 1041, 651, 143].map((oid) => [oid, T.TextArray]),
]);

const FIRST_USER_OID = 10000; // user-defined types (enums, domains, …) come back as text

/** Replaces queryRaw of the adapter's shared base class (adapter and its transactions). */
export function patchQueryRaw(adapter) {
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.hasOwn(proto, "queryRaw")) proto = Object.getPrototypeOf(proto);
  if (!proto || proto.__ppidQueryRaw) return;
  proto.queryRaw = async function queryRaw(query) {
    const { fields, rows } = await this.performIO(query);
    const columnTypes = fields.map((field, i) => {
      const known = TYPES.get(field.dataTypeID);
      if (known !== undefined) return known;
      if (field.dataTypeID < FIRST_USER_OID) {
        for (const row of rows) {
          const v = row[i];
          if (v != null && typeof v !== "string") row[i] = typeof v === "object" ? JSON.stringify(v) : String(v);
        }
      }
      return T.Text;
    });
    return { columnNames: fields.map((f) => f.name), columnTypes, rows };
  };
  proto.__ppidQueryRaw = true;
}
