#include "core/links/linksplit.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>

#include "core/links/redirectrules.h"
#include "core/links/urlvalidator.h"

using namespace Qt::StringLiterals;

namespace Linkdeck {

QString LinkSplit::problem(const Link &link)
{
    const QList<Link::Variant> &variants = link.variants;
    if (variants.isEmpty())
        return {};
    if (variants.size() < 2)
        return tr("A split needs at least two destinations.");
    if (variants.size() > MaxVariants)
        return tr("A split can have at most %1 destinations.").arg(MaxVariants);
    int total = 0;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const Link::Variant &v = variants.at(i);
        if (v.percent < 1 || v.percent > 99) {
            return tr("Give destination %1 a share between 1% and 99% of the visitors.").arg(letter(int(i) + 1));
        }
        total += v.percent;
        if (i == 0)
            continue;   // the link's own destination, checked as such
        if (v.url.trimmed().isEmpty())
            return tr("Enter an address for destination %1 of the split.").arg(letter(int(i) + 1));
        const UrlCheck check = UrlValidator::check(v.url);
        if (!check.ok)
            return tr("Destination %1 of the split cannot be used: %2").arg(letter(int(i) + 1), check.reason);
    }
    if (total != 100)
        return tr("The shares of the split must add up to 100% (now %1%).").arg(total);
    return {};
}

Result<Link> LinkSplit::checked(Link link)
{
    if (const QString why = problem(link); !why.isEmpty())
        return Error::make(Error::Kind::Invalid, why);
    for (qsizetype i = 0; i < link.variants.size(); ++i)
        link.variants[i].url = i == 0 ? link.destination : UrlValidator::check(link.variants[i].url).url;
    return link;
}

QString LinkSplit::letter(int variant)
{
    return variant >= 1 && variant <= 26 ? QString(QChar(u'A' + (variant - 1))) : QString::number(variant);
}

QString LinkSplit::toJson(const QList<Link::Variant> &variants)
{
    if (variants.isEmpty())
        return QString(u""_s);
    QJsonArray array;
    for (const Link::Variant &v : variants)
        array.append(QJsonObject{{u"url"_s, v.url}, {u"percent"_s, v.percent}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Link::Variant> LinkSplit::fromJson(const QString &json)
{
    QList<Link::Variant> out;
    if (json.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject o = value.toObject();
        out.append({o.value(u"url"_s).toString(), o.value(u"percent"_s).toInt()});
    }
    return out;
}

std::vector<LinkSplit::Choice> LinkSplit::choices(std::string_view json)
{
    std::vector<Choice> out;
    if (json.empty())
        return out;
    const QList<Link::Variant> variants = fromJson(QString::fromUtf8(json.data(), qsizetype(json.size())));
    std::uint32_t upTo = 0;
    for (const Link::Variant &v : variants) {
        if (v.percent < 1 || v.url.isEmpty())
            return {};
        upTo += std::uint32_t(v.percent);
        out.push_back({v.url.toStdString(), upTo});
    }
    if (out.size() < 2 || upTo != 100)
        return {};
    return out;
}

std::uint32_t LinkSplit::bucketOf(std::int64_t linkId, std::string_view clientIp, std::string_view userAgent)
{
    // Eight bytes at a time over the link, the visitor's network and agent (on the redirect
    // path: a user agent is 100-200 bytes), each word multiplied in, then a 64-bit finaliser
    // (splitmix64's) so that neighbouring inputs spread over the whole range.
    std::uint64_t h = 0xcbf29ce484222325ull;
    const auto mix = [&h](const void *data, std::size_t size) {
        const auto *p = static_cast<const unsigned char *>(data);
        const auto word = [&h](std::uint64_t w) {
            h = (h ^ w) * 0x9e3779b97f4a7c15ull;
            h ^= h >> 29;
        };
        for (; size >= 8; p += 8, size -= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            word(w);
        }
        std::uint64_t tail = size;   // the length too, so "ab" and "ab\0" differ
        for (std::size_t i = 0; i < size; ++i)
            tail |= std::uint64_t(p[i]) << (8 * (i + 1));
        word(tail);
    };
    mix(&linkId, sizeof linkId);
    std::uint8_t ip[16] = {};
    bool v6 = false;
    if (Rules::parseIp(clientIp, ip, &v6))
        mix(ip, v6 ? 6 : 3);   // anonymised: a /24 or a /48, as linkdeck-server stores it
    else
        mix(clientIp.data(), clientIp.size());
    const char separator = '\n';
    mix(&separator, 1);
    mix(userAgent.data(), userAgent.size());
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return std::uint32_t(((h >> 32) * 100) >> 32);
}

std::size_t LinkSplit::variantFor(const std::vector<Choice> &choices, std::int64_t linkId, std::string_view clientIp,
                                  std::string_view userAgent)
{
    const std::uint32_t bucket = bucketOf(linkId, clientIp, userAgent);
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (bucket < choices[i].upTo)
            return i;
    }
    return choices.size() - 1;
}

}   // namespace Linkdeck
