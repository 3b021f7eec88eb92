#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Linkdeck {

// Rules for back-halves ("slugs"): letters, digits, '-' and '_', 1 to 64 characters, not a
// path the redirect server keeps for itself. Slugs are case-sensitive, as on Bitly and in
// Shlink's default mode: "Spring" and "spring" are two links (schema v7).
class Slug
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Slug)
public:
    static constexpr int MaxLength = 64;
    static constexpr int DefaultRandomLength = 6;

    // Empty if the slug may be used, else a sentence saying why not.
    static QString problem(const QString &slug);
    static bool isReserved(const QString &slug);
    // A character a short code may hold on linkdeck-server (the Shlink API takes custom slugs
    // with them, the redirect path serves them): letters, digits and the URL's other
    // unreserved characters - _ . ~
    static constexpr bool isUrlSafe(char16_t c)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_' || c == u'.' || c == u'~';
    }
    static const QStringList &reservedWords();

    // A random slug from an alphabet without look-alike characters (no 0/O, 1/l/I).
    static QString random(int length = DefaultRandomLength);
    // A random slug for which isTaken() is false; grows longer if a length is crowded.
    static QString generateUnique(const std::function<bool(const QString &)> &isTaken,
                                  int length = DefaultRandomLength);
};

}   // namespace Linkdeck
