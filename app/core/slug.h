#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Linkdeck {

// Rules for back-halves ("slugs"): letters, digits, '-' and '_', 1 to 64 characters, not a
// path the redirect server keeps for itself. Slugs are case-insensitive: "Spring" and
// "spring" are the same link, so uniqueness is per domain ignoring case, while the case
// the user typed is kept for display.
class Slug
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Slug)
public:
    static constexpr int MaxLength = 64;
    static constexpr int DefaultRandomLength = 6;

    // Empty if the slug may be used, else a sentence saying why not.
    static QString problem(const QString &slug);
    static bool isReserved(const QString &slug);
    static const QStringList &reservedWords();

    // A random slug from an alphabet without look-alike characters (no 0/O, 1/l/I).
    static QString random(int length = DefaultRandomLength);
    // A random slug for which isTaken() is false; grows longer if a length is crowded.
    static QString generateUnique(const std::function<bool(const QString &)> &isTaken,
                                  int length = DefaultRandomLength);
};

} // namespace Linkdeck
