import type { Metadata } from "next";
import { OfficeFrame } from "@/components/layout/office-frame";
import { SurveyFollowUpForm } from "@/components/survey/follow-up-form";
import { IkmResults } from "@/components/survey/ikm-results";
import { PageTitle } from "@/components/ui/page-title";
import { can } from "@/lib/domain/permissions";
import { formatDateId } from "@/lib/domain/format-date";
import { HALF_LABELS, periodLabel } from "@/lib/domain/survey";
import { ZSurveyResultsQuery } from "@/lib/schemas/survey";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { currentSurveyYear, getSurveyComments, getSurveyResults } from "@/lib/server/queries/survey-results";
import { listActiveUnitChoices } from "@/lib/server/queries/units";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Survei kepuasan" };

const selectCls = "mt-1 block rounded border border-slate-400 bg-white px-3 py-2";

export default async function OfficeSurveyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("survey.view", "/kantor/survei");
  const query = ZSurveyResultsQuery.parse(await searchParams);
  const [thisYear, units] = await Promise.all([currentSurveyYear(), listActiveUnitChoices()]);
  const year = query.tahun ?? thisYear;
  const unitId = units.some((u) => u.id === query.unit) ? query.unit! : null;
  const [view, comments] = await Promise.all([getSurveyResults(year, query.semester, unitId), getSurveyComments(year, query.semester, unitId)]);
  const unitName = units.find((u) => u.id === unitId)?.name ?? "Seluruh kantor";
  const title = `${periodLabel(year, query.semester)} · ${unitName}`;
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead="Indeks Kepuasan Masyarakat per periode dan unit (Permenpan RB No. 14 Tahun 2017). Hasil per semester untuk seluruh kantor diumumkan di /survei/hasil beserta tindak lanjutnya.">
        Survei kepuasan masyarakat
      </PageTitle>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q-tahun" className="block font-medium">Tahun</label>
          <select id="q-tahun" name="tahun" defaultValue={String(year)} className={selectCls}>
            {[thisYear - 2, thisYear - 1, thisYear].map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="q-semester" className="block font-medium">Periode</label>
          <select id="q-semester" name="semester" defaultValue={query.semester ? String(query.semester) : ""} className={selectCls}>
            <option value="">Setahun penuh</option>
            <option value="1">{HALF_LABELS[1]}</option>
            <option value="2">{HALF_LABELS[2]}</option>
          </select>
        </div>
        <div>
          <label htmlFor="q-unit" className="block font-medium">Unit</label>
          <select id="q-unit" name="unit" defaultValue={unitId ?? ""} className={selectCls}>
            <option value="">Seluruh kantor</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Tampilkan</button>
      </form>
      <h2 className="mb-3 text-xl font-semibold text-brand-900">{title}</h2>
      <IkmResults result={view.result} caption={`IKM per unsur, ${title}`} />
      <h2 className="mb-3 mt-8 text-xl font-semibold text-brand-900">Profil responden</h2>
      <div className="grid gap-4 md:grid-cols-2">
        {view.profile.map((p) => (
          <table key={p.field} className="w-full rounded border border-slate-200 bg-white text-left text-sm">
            <caption className="px-3 py-2 text-left font-semibold">{p.label}</caption>
            <tbody>
              {p.counts.map((c) => (
                <tr key={c.value} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-1 font-normal">{c.label}</th>
                  <td className="px-3 py-1 text-right">{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <h2 className="mb-3 mt-8 text-xl font-semibold text-brand-900">Saran dan masukan</h2>
      {comments.length === 0 ? (
        <p>Belum ada saran pada periode ini.</p>
      ) : (
        <ul className="space-y-2">
          {comments.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
              <p className="whitespace-pre-line">{c.text}</p>
              <p className="mt-1 text-xs text-slate-600">{formatDateId(c.date)} · {c.channel === "REQUEST" ? "setelah permohonan" : "pengunjung langsung"}</p>
            </li>
          ))}
        </ul>
      )}
      <h2 className="mb-3 mt-8 text-xl font-semibold text-brand-900">Tindak lanjut yang diumumkan</h2>
      {query.semester && !unitId ? (
        can(user.role, "survey.follow_up") ? (
          <SurveyFollowUpForm year={year} half={query.semester} text={view.followUp} />
        ) : (
          <p className="whitespace-pre-line">{view.followUp ?? "Belum ada tindak lanjut."}</p>
        )
      ) : (
        <p>Pilih satu semester untuk seluruh kantor untuk melihat atau menulis tindak lanjutnya.</p>
      )}
    </OfficeFrame>
  );
}
