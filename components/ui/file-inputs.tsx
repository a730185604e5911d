// Several file inputs under one legend, each with its own name (file1, file2, …).

/** Up to three files (the action wrapper keeps one value per name, so each input has its own). */
export function FileInputs({ idPrefix, label, hint, errors }: { idPrefix: string; label: string; hint: string; errors?: Record<string, string> }) {
  return (
    <fieldset className="mb-4">
      <legend className="font-medium">{label}</legend>
      <p id={`${idPrefix}-files-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      {[1, 2, 3].map((n) => (
        <div key={n} className="mt-2">
          <label htmlFor={`${idPrefix}-file${n}`} className="sr-only">
            Berkas {n}
          </label>
          <input
            id={`${idPrefix}-file${n}`}
            name={`file${n}`}
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx"
            aria-describedby={`${idPrefix}-files-hint`}
            className="block"
          />
          {errors?.[`file${n}`] && <p className="mt-1 text-sm font-medium text-red-700">{errors[`file${n}`]}</p>}
        </div>
      ))}
    </fieldset>
  );
}
