import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormField, Select, TextArea, TextInput } from "@/components/ui/form-field";

// The one set of form primitives (components/ui/form-field.tsx): what a screen reader and the
// e2e specs rely on — the label names the control, the hint and the error are announced with it,
// a refused field is marked invalid, and the required mark is not read out as "star".

const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);

describe("form primitives", () => {
  it("ties label, hint and error to the input by id", () => {
    const out = html(createElement(TextInput, { name: "email", label: "Email", hint: "Untuk pemberitahuan.", error: "Masukkan alamat email yang benar.", required: true }));
    expect(out).toContain('<label for="f-email" class="block font-medium">Email<span class="text-red-700" aria-hidden="true"> *</span></label>');
    expect(out).toContain('<p id="f-email-hint" class="text-sm text-slate-600">Untuk pemberitahuan.</p>');
    expect(out).toContain('<p id="f-email-error" class="mt-1 text-sm font-medium text-red-700">Masukkan alamat email yang benar.</p>');
    const input = out.match(/<input [^>]*>/)?.[0] ?? "";
    for (const attr of ['id="f-email"', 'name="email"', 'required=""', 'aria-invalid="true"', 'aria-describedby="f-email-hint f-email-error"']) expect(input).toContain(attr);
  });

  it("leaves aria-invalid and aria-describedby off a plain field", () => {
    const out = html(createElement(TextArea, { name: "note", label: "Catatan", rows: 2 }));
    expect(out).toMatch(/<textarea id="f-note" [^>]*rows="2"/);
    expect(out).not.toContain("aria-invalid");
    expect(out).not.toContain("aria-describedby");
    expect(out).not.toContain("*");
  });

  it("uses the form's own id when several forms on a page share field names", () => {
    const out = html(createElement(Select, { id: "forward-unit", name: "unitId", label: "Unit", placeholder: "Pilih unit", options: [{ value: "u1", label: "Bagian Umum" }], error: "Pilih unit." }));
    expect(out).toContain('<label for="forward-unit"');
    const select = out.match(/<select [^>]*>/)?.[0] ?? "";
    for (const attr of ['id="forward-unit"', 'name="unitId"', 'aria-invalid="true"', 'aria-describedby="forward-unit-error"']) expect(select).toContain(attr);
    expect(out).toContain('<option value="" selected="">Pilih unit</option><option value="u1">Bagian Umum</option>');
    expect(out).toContain('<p id="forward-unit-error"');
  });

  it("frames a control of the caller's own under FormField", () => {
    const out = html(createElement(FormField, { name: "role", label: "Peran", error: "Pilih peran." }, createElement("select", { id: "f-role", name: "role" })));
    expect(out).toContain('<label for="f-role" class="block font-medium">Peran</label><select id="f-role" name="role"></select><p id="f-role-error"');
  });
});
