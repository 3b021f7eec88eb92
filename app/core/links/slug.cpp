#include "core/links/slug.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Linkdeck {

const QStringList &Slug::reservedWords()
{
    // Paths that linkdeck-server and the Shlink API answer themselves.
    static const QStringList words{u"rest"_s,        u"api"_s,   u"health"_s, u"robots.txt"_s, u"favicon.ico"_s,
                                   u".well-known"_s, u"admin"_s, u"login"_s,  u"static"_s,     u"assets"_s,
                                   u"metrics"_s,     u"qr"_s,    u"stats"_s,  u"404"_s};
    return words;
}

bool Slug::isReserved(const QString &slug)
{
    return reservedWords().contains(slug, Qt::CaseInsensitive);
}

QString Slug::problem(const QString &slug)
{
    if (slug.isEmpty())
        return tr("Enter a back-half, or leave it empty for a random one.");
    if (slug.size() > MaxLength)
        return tr("The back-half is too long: at most %1 characters.").arg(MaxLength);
    for (const QChar c : slug) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok) {
            if (c == u' ')
                return tr("The back-half cannot contain spaces; use “-” instead.");
            return tr("The back-half can only contain letters a–z, digits, “-” and “_”; “%1” is not allowed.").arg(c);
        }
    }
    if (isReserved(slug))
        return tr("“%1” is reserved by the link server; choose another back-half.").arg(slug);
    return {};
}

QString Slug::random(int length)
{
    static const QString alphabet = u"23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"_s;
    QString out;
    out.reserve(length);
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out += alphabet.at(rng->bounded(int(alphabet.size())));
    return out;
}

QString Slug::generateUnique(const std::function<bool(const QString &)> &isTaken, int length)
{
    for (int len = qMax(length, 3);; ++len) {
        for (int attempt = 0; attempt < 8; ++attempt) {
            const QString candidate = random(len);
            if (!isReserved(candidate) && !isTaken(candidate))
                return candidate;
        }
    }
}

}   // namespace Linkdeck
