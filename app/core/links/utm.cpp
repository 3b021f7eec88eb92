#include "core/links/utm.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Linkdeck {
namespace {

struct UrlParts
{
    QString base;    // up to, not including, '?'
    QString query;   // without '?'
    bool hasQuery = false;
    QString fragment;   // including '#', or empty
};

UrlParts split(const QString &url)
{
    UrlParts parts;
    QString rest = url;
    const qsizetype hash = rest.indexOf(u'#');
    if (hash >= 0) {
        parts.fragment = rest.mid(hash);
        rest.truncate(hash);
    }
    const qsizetype question = rest.indexOf(u'?');
    if (question >= 0) {
        parts.hasQuery = true;
        parts.query = rest.mid(question + 1);
        rest.truncate(question);
    }
    parts.base = rest;
    return parts;
}

QString join(const UrlParts &parts, const QStringList &params)
{
    QString out = parts.base;
    if (!params.isEmpty())
        out += u'?' + params.join(u'&');
    return out + parts.fragment;
}

QString keyOf(const QString &param)
{
    const qsizetype eq = param.indexOf(u'=');
    return QUrl::fromPercentEncoding(param.left(eq < 0 ? param.size() : eq).toUtf8()).toLower();
}

QString valueOf(const QString &param)
{
    const qsizetype eq = param.indexOf(u'=');
    if (eq < 0)
        return {};
    QString raw = param.mid(eq + 1);
    raw.replace(u'+', u' ');   // form encoding, as analytics tools read it
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

QString encode(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QStringList paramsOf(const UrlParts &parts)
{
    if (!parts.hasQuery || parts.query.isEmpty())
        return {};
    return parts.query.split(u'&');
}

}   // namespace

const QStringList &Utm::keys()
{
    static const QStringList k{u"utm_source"_s, u"utm_medium"_s, u"utm_campaign"_s, u"utm_term"_s, u"utm_content"_s};
    return k;
}

bool Utm::isEmpty() const
{
    return source.isEmpty() && medium.isEmpty() && campaign.isEmpty() && term.isEmpty() && content.isEmpty();
}

Utm Utm::lowercased() const
{
    return {source.toLower(), medium.toLower(), campaign.toLower(), term.toLower(), content.toLower()};
}

Utm Utm::trimmed() const
{
    return {source.trimmed(), medium.trimmed(), campaign.trimmed(), term.trimmed(), content.trimmed()};
}

QString Utm::applyTo(const QString &url, bool lowercase) const
{
    const Utm values = lowercase ? trimmed().lowercased() : trimmed();
    const QString wanted[] = {values.source, values.medium, values.campaign, values.term, values.content};

    const UrlParts parts = split(url);
    QStringList params = paramsOf(parts);
    bool placed[5] = {false, false, false, false, false};

    QStringList out;
    out.reserve(params.size() + 5);
    for (const QString &param : std::as_const(params)) {
        const qsizetype k = keys().indexOf(keyOf(param));
        if (k < 0 || wanted[k].isEmpty()) {
            out << param;
            continue;
        }
        if (!placed[k]) {   // replace the first occurrence in place, drop repeats
            out << keys().at(k) + u'=' + encode(wanted[k]);
            placed[k] = true;
        }
    }
    for (int k = 0; k < 5; ++k) {
        if (!placed[k] && !wanted[k].isEmpty())
            out << keys().at(k) + u'=' + encode(wanted[k]);
    }
    return join(parts, out);
}

Utm Utm::fromUrl(const QString &url)
{
    Utm utm;
    QString *fields[] = {&utm.source, &utm.medium, &utm.campaign, &utm.term, &utm.content};
    const QStringList params = paramsOf(split(url));
    for (const QString &param : params) {
        const qsizetype k = keys().indexOf(keyOf(param));
        if (k >= 0 && fields[k]->isEmpty())
            *fields[k] = valueOf(param);
    }
    return utm;
}

QString Utm::stripped(const QString &url)
{
    const UrlParts parts = split(url);
    QStringList kept;
    const QStringList params = paramsOf(parts);
    for (const QString &param : params) {
        if (!keys().contains(keyOf(param)))
            kept << param;
    }
    return join(parts, kept);
}

QList<UtmPreset> UtmPresets::all()
{
    return {
        {u"newsletter"_s, tr("Newsletter"), {u"newsletter"_s, u"email"_s, {}, {}, {}}},
        {u"print"_s, tr("Print (QR code)"), {u"print"_s, u"qr"_s, {}, {}, {}}},
        {u"social"_s, tr("Social media"), {{}, u"social"_s, {}, {}, {}}},
        {u"paid-social"_s, tr("Paid social"), {{}, u"paid_social"_s, {}, {}, {}}},
        {u"partner"_s, tr("Partner or affiliate"), {{}, u"affiliate"_s, {}, {}, {}}},
    };
}

}   // namespace Linkdeck
