import { buttonClass } from '../button-class';

/** What a save said: done, or why not. */
export interface SaveNote {
  text: string;
  problem: boolean;
}

/** A settings form's submit button, with what the last save said beside it. */
export function SaveRow({ label, note }: { label: string; note: SaveNote | null }) {
  return (
    <div className="flex items-center gap-3">
      <button type="submit" className={`${buttonClass} border border-slate-300`}>
        {label}
      </button>
      {note && (
        <p
          role={note.problem ? 'alert' : 'status'}
          className={note.problem ? 'text-red-800' : 'text-slate-600 dark:text-slate-300'}
        >
          {note.text}
        </p>
      )}
    </div>
  );
}
