#pragma once

#include <QString>
#include <QStringList>

namespace tepat {

// Names for the files the operator saves (PDFs, exports, backups) and for a printer's document
// name, which Qt's print dialog turns into "<folder>/<name>.pdf". A register number such as
// "400.9.14.1/0002/Kel.Bangsal/XI/2026" would become folders there, so every suggested name goes
// through here. Callers pass titles built from a letter's serial and year or a row id, never a
// person's name; anything that looks like a NIK or KK number is dropped anyway.
namespace FileNames {

// "Surat keterangan 2026/0002" → "surat-keterangan-2026-0002": lower case, letters, digits and
// dashes only (no slashes, dots, control characters or reserved names), at most 60 characters;
// "dokumen" when nothing is left.
QString safeBase(const QString &title);
// safeBase(title) + "." + extension ("pdf").
QString safe(const QString &title, const QString &extension);

// The first folder in `candidates` that exists and can be written to (tried with a temporary
// file, removed again); the system's temporary folder when none can. Creates nothing.
QString writableFolder(const QStringList &candidates);
// Where save dialogs start: Dokumen (Documents), else the home folder.
QString documentsFolder();
// documentsFolder() joined with safe(title, extension).
QString suggestedPath(const QString &title, const QString &extension);

} // namespace FileNames

} // namespace tepat
