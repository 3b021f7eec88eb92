#include "support/specvalidator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Linkdeck::Test {

namespace {

const QStringList httpMethods{u"get"_s,     u"put"_s,  u"post"_s,  u"delete"_s,
                              u"options"_s, u"head"_s, u"patch"_s, u"trace"_s};
const QStringList typeNames{u"null"_s, u"boolean"_s, u"object"_s, u"array"_s, u"number"_s, u"integer"_s, u"string"_s};
// format: the instance type it applies to, "string" or "number" (JSON Schema: values of other types pass).
const QHash<QString, QString> formats{
    {u"date-time"_s, u"string"_s}, {u"date"_s, u"string"_s},  {u"time"_s, u"string"_s},   {u"uri"_s, u"string"_s},
    {u"email"_s, u"string"_s},     {u"uuid"_s, u"string"_s},  {u"binary"_s, u"string"_s}, {u"byte"_s, u"string"_s},
    {u"int32"_s, u"number"_s},     {u"int64"_s, u"number"_s}, {u"float"_s, u"number"_s},  {u"double"_s, u"number"_s}};

QString compact(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2)).left(120);
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"null")
        return value.isNull();
    if (type == u"string")
        return value.isString();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"number")
        return value.isDouble();
    if (type == u"integer")
        return isInteger(value);
    return false;
}

QString jsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return isInteger(value) ? u"integer"_s : u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return u"undefined"_s;
    }
}

// RFC 3339 (the profile of ISO 8601 JSON Schema's formats use).
bool isRfc3339DateTime(const QString &s)
{
    static const QRegularExpression re(
        uR"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$)"_s);
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    if (!QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid())
        return false;
    if (m.captured(4).toInt() > 23 || m.captured(5).toInt() > 59 || m.captured(6).toInt() > 60)
        return false;
    return m.captured(9).isEmpty() || (m.captured(9).toInt() <= 23 && m.captured(10).toInt() <= 59);
}

bool isRfc3339Date(const QString &s)
{
    static const QRegularExpression re(uR"(^(\d{4})-(\d{2})-(\d{2})$)"_s);
    const auto m = re.match(s);
    return m.hasMatch() && QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid();
}

bool isRfc3339Time(const QString &s)
{
    static const QRegularExpression re(
        uR"(^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$)"_s);
    return re.match(s).hasMatch();
}

bool matchesFormat(const QString &format, const QJsonValue &value)
{
    if (format == u"int32")
        return isInteger(value) && value.toDouble() >= -2147483648.0 && value.toDouble() <= 2147483647.0;
    if (format == u"int64")
        return isInteger(value) && std::fabs(value.toDouble()) <= 9223372036854775807.0;
    if (format == u"float" || format == u"double")
        return true;
    const QString s = value.toString();
    if (format == u"date-time")
        return isRfc3339DateTime(s);
    if (format == u"date")
        return isRfc3339Date(s);
    if (format == u"time")
        return isRfc3339Time(s);
    if (format == u"uri") {
        const QUrl url(s, QUrl::StrictMode);
        return url.isValid() && !url.scheme().isEmpty();
    }
    if (format == u"email") {
        static const QRegularExpression re(uR"(^[^@\s]+@[^@\s]+$)"_s);
        return re.match(s).hasMatch();
    }
    if (format == u"uuid") {
        static const QRegularExpression re(
            uR"(^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)"_s);
        return re.match(s).hasMatch();
    }
    if (format == u"byte") {
        static const QRegularExpression re(uR"(^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$)"_s);
        return re.match(s).hasMatch();
    }
    return format == u"binary";
}

bool isJsonMediaType(const QString &type)
{
    return type == u"application/json" || type.endsWith(u"+json"_s);
}

// The keywords a schema may use: the assertions and annotations specvalidator.h lists.
const QSet<QString> &knownKeywords()
{
    static const QSet<QString> known{
        // assertions
        u"$ref"_s, u"type"_s, u"nullable"_s, u"enum"_s, u"const"_s, u"required"_s, u"properties"_s,
        u"additionalProperties"_s, u"items"_s, u"minItems"_s, u"maxItems"_s, u"uniqueItems"_s, u"minLength"_s,
        u"maxLength"_s, u"pattern"_s, u"minimum"_s, u"maximum"_s, u"exclusiveMinimum"_s, u"exclusiveMaximum"_s,
        u"allOf"_s, u"anyOf"_s, u"oneOf"_s, u"not"_s, u"format"_s,
        // annotations
        u"description"_s, u"title"_s, u"summary"_s, u"example"_s, u"examples"_s, u"default"_s, u"deprecated"_s,
        u"readOnly"_s, u"writeOnly"_s, u"$comment"_s, u"externalDocs"_s};
    return known;
}

// What in one schema object (not its sub-schemas) the validator cannot check: a keyword it
// does not implement, an unknown type name or format, the tuple form of items. Empty when
// there is nothing of the kind; both checking a value and scanning the spec refuse these.
QStringList schemaProblems(const QJsonObject &schema)
{
    QStringList problems;
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!knownKeywords().contains(it.key()))
            problems << u"keyword \"%1\" is not implemented by the validator"_s.arg(it.key());
    }
    const QJsonValue type = schema.value(u"type"_s);
    if (!type.isUndefined()) {
        for (const QJsonValue &t : type.isArray() ? type.toArray() : QJsonArray{type}) {
            if (!t.isString() || !typeNames.contains(t.toString()))
                problems << u"unknown type %1"_s.arg(compact(t));
        }
    }
    if (schema.contains(u"format"_s)) {
        const QJsonValue format = schema.value(u"format"_s);
        if (!format.isString() || !formats.contains(format.toString()))
            problems << u"format %1 is not implemented by the validator"_s.arg(compact(format));
    }
    if (schema.value(u"items"_s).isArray())
        problems << u"items is an array (the tuple form is not implemented)"_s;
    return problems;
}

}   // namespace

SpecValidator::SpecValidator(const QString &specDir)
    : m_dir(specDir)
{
    QString error;
    const QJsonObject root = file(QDir(specDir).filePath(u"swagger.json"_s), &error);
    m_paths = root.value(u"paths"_s).toObject();
    if (!error.isEmpty()) {
        m_loadError = error;
        return;
    }
    if (m_paths.isEmpty()) {
        m_loadError = u"no paths in %1/swagger.json"_s.arg(specDir);
        return;
    }
    QStringList problems;
    scanSpec(problems);
    problems.removeDuplicates();
    m_loadError = problems.join(u'\n');
}

QJsonObject SpecValidator::file(const QString &path, QString *error) const
{
    const QString clean = QDir::cleanPath(QDir(m_dir).filePath(path));   // relative paths are in the spec folder
    auto it = m_files.constFind(clean);
    if (it == m_files.constEnd()) {
        Loaded loaded;
        QFile f(clean);
        if (!f.open(QIODevice::ReadOnly)) {
            loaded.error = u"cannot read %1: %2"_s.arg(clean, f.errorString());
        } else {
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
            if (parseError.error != QJsonParseError::NoError)
                loaded.error =
                    u"%1 is not JSON: %2 at %3"_s.arg(clean, parseError.errorString()).arg(parseError.offset);
            else if (!doc.isObject())
                loaded.error = u"%1 is not a JSON object"_s.arg(clean);
            loaded.object = doc.object();
        }
        it = m_files.insert(clean, loaded);
    }
    if (error)
        *error = it->error;
    return it->object;
}

SpecValidator::Resolved SpecValidator::follow(const QString &ref, const QString &fromFile) const
{
    Resolved r;
    const qsizetype hash = ref.indexOf(u'#');
    const QString target = hash < 0 ? ref : ref.left(hash);
    const QString pointer = hash < 0 ? QString() : QUrl::fromPercentEncoding(ref.mid(hash + 1).toUtf8());
    if (target.contains(u"://"_s)) {
        r.error = u"$ref \"%1\" in %2: remote references are not supported"_s.arg(ref, fromFile);
        return r;
    }
    r.file =
        target.isEmpty() ? fromFile : QDir::cleanPath(QFileInfo(QDir(m_dir).filePath(fromFile)).dir().filePath(target));
    QString error;
    QJsonValue v = file(r.file, &error);
    if (!error.isEmpty()) {
        r.error = u"$ref \"%1\" in %2: %3"_s.arg(ref, fromFile, error);
        return r;
    }
    if (!pointer.isEmpty() && !pointer.startsWith(u'/')) {
        r.error = u"$ref \"%1\" in %2: \"%3\" is not a JSON pointer (anchors are not supported)"_s.arg(ref, fromFile,
                                                                                                       pointer);
        return r;
    }
    for (QString part : pointer.split(u'/', Qt::KeepEmptyParts).mid(1)) {
        part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (v.isObject() && v.toObject().contains(part)) {
            v = v.toObject().value(part);
        } else if (v.isArray() && isIndex && index >= 0 && index < v.toArray().size()) {
            v = v.toArray().at(index);
        } else {
            r.error = u"$ref \"%1\" in %2 leads nowhere (no \"%3\")"_s.arg(ref, fromFile, part);
            return r;
        }
    }
    r.value = v;
    return r;
}

QJsonObject SpecValidator::resolveObject(const QJsonObject &object, QString *currentFile, QStringList &errors) const
{
    QJsonObject o = object;
    for (int depth = 0; o.contains(u"$ref"_s); ++depth) {
        if (depth == 16) {
            errors << u"$ref chain from %1 is too long (a cycle?)"_s.arg(*currentFile);
            return {};
        }
        const Resolved r = follow(o.value(u"$ref"_s).toString(), *currentFile);
        if (!r.error.isEmpty()) {
            errors << r.error;
            return {};
        }
        *currentFile = r.file;
        o = r.value.toObject();
    }
    return o;
}

void SpecValidator::check(const QJsonValue &value, const QJsonObject &schema, const QString &currentFile,
                          const QString &where, QStringList &errors, int depth) const
{
    if (depth > 64) {
        errors << u"%1: schemas nested too deep in %2 (a $ref cycle?)"_s.arg(where, currentFile);
        return;
    }
    // A schema this validator cannot check (an unknown keyword, type or format, tuple items)
    // would silently pass: refuse instead.
    if (const QStringList problems = schemaProblems(schema); !problems.isEmpty()) {
        for (const QString &problem : problems)
            errors << u"%1: the schema in %2: %3"_s.arg(where, currentFile, problem);
        return;
    }
    // Checks value against a sub-schema (an object, or true/false).
    auto sub = [&](const QJsonValue &instance, const QJsonValue &subSchema, const QString &subWhere, QStringList &out) {
        if (subSchema.isBool()) {
            if (!subSchema.toBool())
                out << u"%1: not allowed here (the schema is false)"_s.arg(subWhere);
        } else if (subSchema.isObject()) {
            check(instance, subSchema.toObject(), currentFile, subWhere, out, depth + 1);
        } else {
            out << u"%1: the schema in %2 is not an object: %3"_s.arg(subWhere, currentFile, compact(subSchema));
        }
    };

    if (schema.contains(u"$ref"_s)) {
        const Resolved r = follow(schema.value(u"$ref"_s).toString(), currentFile);
        if (!r.error.isEmpty())
            errors << u"%1: %2"_s.arg(where, r.error);
        else if (r.value.isBool() && !r.value.toBool())
            errors << u"%1: not allowed here (the schema is false)"_s.arg(where);
        else if (r.value.isObject())
            check(value, r.value.toObject(), r.file, where, errors, depth + 1);
        else if (!r.value.isBool())
            errors << u"%1: $ref %2 is not a schema"_s.arg(where, schema.value(u"$ref"_s).toString());
        // 3.1: the keywords beside $ref apply as well, so go on.
    }

    for (const QString &combiner : {u"allOf"_s, u"anyOf"_s, u"oneOf"_s}) {
        if (!schema.contains(combiner))
            continue;
        const QJsonArray parts = schema.value(combiner).toArray();
        if (parts.isEmpty()) {
            errors << u"%1: %2 in %3 must be a non-empty array"_s.arg(where, combiner, currentFile);
            continue;
        }
        QStringList passedBranches;
        QStringList partErrors;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QStringList e;
            sub(value, parts.at(i), where, e);
            if (e.isEmpty())
                passedBranches << QString::number(i);
            partErrors << e;
        }
        if (combiner == u"allOf") {
            errors << partErrors;
        } else if (passedBranches.isEmpty()) {
            errors << u"%1: matches none of %2: %3"_s.arg(where, combiner, partErrors.join(u"; "_s));
        } else if (combiner == u"oneOf" && passedBranches.size() > 1) {
            errors << u"%1: matches %2 branches of oneOf (%3), not exactly one"_s.arg(where)
                          .arg(passedBranches.size())
                          .arg(passedBranches.join(u", "_s));
        }
    }
    if (schema.contains(u"not"_s)) {
        QStringList e;
        sub(value, schema.value(u"not"_s), where, e);
        if (e.isEmpty())
            errors << u"%1: %2 matches the schema under \"not\""_s.arg(where, compact(value));
    }

    const QJsonValue nullable = schema.value(u"nullable"_s);
    if (!nullable.isUndefined() && !nullable.isBool())
        errors << u"%1: nullable in %2 must be true or false"_s.arg(where, currentFile);
    const QJsonValue type = schema.value(u"type"_s);
    if (!type.isUndefined()) {
        QStringList types;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                types << t.toString();
        } else {
            types << type.toString();
        }
        bool ok = false;
        for (const QString &t : types)   // all known: schemaProblems() said so
            ok = ok || hasType(value, t);
        if (nullable.toBool() && value.isNull())
            ok = true;
        if (!ok) {
            errors << u"%1: expected %2, got %3 %4"_s.arg(where, types.join(u'|'), jsonType(value), compact(value));
            return;
        }
    }
    if (schema.contains(u"enum"_s)) {
        if (!schema.value(u"enum"_s).isArray())
            errors << u"%1: enum in %2 is not an array"_s.arg(where, currentFile);
        else if (!schema.value(u"enum"_s).toArray().contains(value))
            errors << u"%1: %2 is not one of %3"_s.arg(where, compact(value), compact(schema.value(u"enum"_s)));
    }
    if (schema.contains(u"const"_s) && schema.value(u"const"_s) != value)
        errors << u"%1: %2 is not %3"_s.arg(where, compact(value), compact(schema.value(u"const"_s)));
    if (schema.contains(u"format"_s)) {
        const QString format = schema.value(u"format"_s).toString();   // a known one: schemaProblems() said so
        const bool applies = formats.value(format) == u"string" ? value.isString() : value.isDouble();
        if (applies && !matchesFormat(format, value))
            errors << u"%1: %2 is not a valid %3"_s.arg(where, compact(value), format);
    }

    if (value.isString()) {
        const QString s = value.toString();
        const qsizetype length = s.toUcs4().size();   // JSON Schema counts code points
        if (schema.contains(u"minLength"_s) && length < schema.value(u"minLength"_s).toInteger())
            errors << u"%1: %2 is shorter than %3"_s.arg(where, compact(value))
                          .arg(schema.value(u"minLength"_s).toInteger());
        if (schema.contains(u"maxLength"_s) && length > schema.value(u"maxLength"_s).toInteger())
            errors << u"%1: %2 is longer than %3"_s.arg(where, compact(value))
                          .arg(schema.value(u"maxLength"_s).toInteger());
        if (schema.contains(u"pattern"_s)) {
            const QRegularExpression re(schema.value(u"pattern"_s).toString());
            if (!re.isValid())
                errors << u"%1: pattern in %2 is not a valid expression: %3"_s.arg(where, currentFile,
                                                                                   re.errorString());
            else if (!re.match(s).hasMatch())
                errors << u"%1: %2 does not match %3"_s.arg(where, compact(value), re.pattern());
        }
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        auto bound = [&](const QString &keyword, auto violates) {
            const QJsonValue b = schema.value(keyword);
            if (b.isUndefined())
                return;
            if (!b.isDouble())
                errors << u"%1: %2 in %3 must be a number"_s.arg(where, keyword, currentFile);
            else if (violates(d, b.toDouble()))
                errors << u"%1: %2 violates %3 %4"_s.arg(where, compact(value), keyword, compact(b));
        };
        bound(u"minimum"_s, [](double v, double b) { return v < b; });
        bound(u"maximum"_s, [](double v, double b) { return v > b; });
        bound(u"exclusiveMinimum"_s, [](double v, double b) { return v <= b; });
        bound(u"exclusiveMaximum"_s, [](double v, double b) { return v >= b; });
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (schema.contains(u"required"_s) && !schema.value(u"required"_s).isArray())
            errors << u"%1: required in %2 is not an array"_s.arg(where, currentFile);
        for (const QJsonValue &required : schema.value(u"required"_s).toArray()) {
            if (!object.contains(required.toString()))
                errors << u"%1: missing required \"%2\""_s.arg(where, required.toString());
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (object.contains(it.key()))
                sub(object.value(it.key()), it.value(), where + u'.' + it.key(), errors);
        }
        if (schema.contains(u"additionalProperties"_s)) {
            const QJsonValue additional = schema.value(u"additionalProperties"_s);
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (properties.contains(it.key()))
                    continue;
                if (additional.isBool() && !additional.toBool())
                    errors << u"%1: \"%2\" is not allowed here (additionalProperties is false)"_s.arg(where, it.key());
                else
                    sub(it.value(), additional, where + u'.' + it.key(), errors);
            }
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(u"items"_s)) {   // a schema, not the tuple form: schemaProblems() said so
            for (qsizetype i = 0; i < array.size(); ++i)
                sub(array.at(i), schema.value(u"items"_s), u"%1[%2]"_s.arg(where).arg(i), errors);
        }
        if (schema.contains(u"minItems"_s) && array.size() < schema.value(u"minItems"_s).toInteger())
            errors << u"%1: %2 items, fewer than %3"_s.arg(where)
                          .arg(array.size())
                          .arg(schema.value(u"minItems"_s).toInteger());
        if (schema.contains(u"maxItems"_s) && array.size() > schema.value(u"maxItems"_s).toInteger())
            errors << u"%1: %2 items, more than %3"_s.arg(where)
                          .arg(array.size())
                          .arg(schema.value(u"maxItems"_s).toInteger());
        if (schema.value(u"uniqueItems"_s).toBool()) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                for (qsizetype j = i + 1; j < array.size(); ++j) {
                    if (array.at(i) == array.at(j))
                        errors << u"%1: items %2 and %3 are equal, but uniqueItems is true"_s.arg(where).arg(i).arg(j);
                }
            }
        }
    }
}

void SpecValidator::scanSchema(const QJsonValue &schemaValue, const QString &currentFile, const QString &where,
                               QStringList &problems, QSet<QString> &seen) const
{
    if (schemaValue.isBool())
        return;
    if (!schemaValue.isObject()) {
        problems << u"%1 %2: a schema must be an object or a boolean"_s.arg(currentFile, where);
        return;
    }
    const QJsonObject schema = schemaValue.toObject();
    for (const QString &problem : schemaProblems(schema))
        problems << u"%1 %2: %3"_s.arg(currentFile, where, problem);
    if (schema.contains(u"$ref"_s)) {
        const Resolved r = follow(schema.value(u"$ref"_s).toString(), currentFile);
        const QString key = r.file + u'#' + schema.value(u"$ref"_s).toString().section(u'#', 1);
        if (!r.error.isEmpty())
            problems << r.error;
        else if (!seen.contains(key)) {
            seen.insert(key);
            scanSchema(r.value, r.file, schema.value(u"$ref"_s).toString(), problems, seen);
        }
    }
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        scanSchema(it.value(), currentFile, where + u"/properties/"_s + it.key(), problems, seen);
    for (const QString &single : {u"additionalProperties"_s, u"items"_s, u"not"_s}) {
        if (schema.contains(single) && !schema.value(single).isArray())
            scanSchema(schema.value(single), currentFile, where + u'/' + single, problems, seen);
    }
    for (const QString &combiner : {u"allOf"_s, u"anyOf"_s, u"oneOf"_s}) {
        const QJsonArray parts = schema.value(combiner).toArray();
        for (qsizetype i = 0; i < parts.size(); ++i)
            scanSchema(parts.at(i), currentFile, u"%1/%2/%3"_s.arg(where, combiner).arg(i), problems, seen);
    }
}

void SpecValidator::scanSpec(QStringList &problems) const
{
    QSet<QString> seen;
    const QString root = u"swagger.json"_s;
    auto scanContent = [&](const QJsonObject &content, const QString &file, const QString &where) {
        for (auto media = content.begin(); media != content.end(); ++media) {
            const QJsonObject mediaObject = media.value().toObject();
            if (mediaObject.contains(u"schema"_s))
                scanSchema(mediaObject.value(u"schema"_s), file, where + u'/' + media.key() + u"/schema"_s, problems,
                           seen);
        }
    };
    auto scanParameters = [&](const QJsonArray &parameters, const QString &file, const QString &where) {
        for (qsizetype i = 0; i < parameters.size(); ++i) {
            QString parameterFile = file;
            const QJsonObject parameter = resolveObject(parameters.at(i).toObject(), &parameterFile, problems);
            const QString at = u"%1/parameters/%2"_s.arg(where).arg(i);
            if (parameter.contains(u"schema"_s))
                scanSchema(parameter.value(u"schema"_s), parameterFile, at + u"/schema"_s, problems, seen);
            scanContent(parameter.value(u"content"_s).toObject(), parameterFile, at);
        }
    };
    for (auto path = m_paths.begin(); path != m_paths.end(); ++path) {
        QString file = root;
        const QJsonObject item = resolveObject(path.value().toObject(), &file, problems);
        scanParameters(item.value(u"parameters"_s).toArray(), file, path.key());
        for (const QString &method : httpMethods) {
            if (!item.contains(method))
                continue;
            const QJsonObject operation = item.value(method).toObject();
            const QString where = path.key() + u'/' + method;
            scanParameters(operation.value(u"parameters"_s).toArray(), file, where);
            if (operation.contains(u"requestBody"_s)) {
                QString bodyFile = file;
                const QJsonObject body =
                    resolveObject(operation.value(u"requestBody"_s).toObject(), &bodyFile, problems);
                scanContent(body.value(u"content"_s).toObject(), bodyFile, where + u"/requestBody"_s);
            }
            const QJsonObject responses = operation.value(u"responses"_s).toObject();
            for (auto response = responses.begin(); response != responses.end(); ++response) {
                QString responseFile = file;
                const QJsonObject r = resolveObject(response.value().toObject(), &responseFile, problems);
                const QString at = where + u"/responses/"_s + response.key();
                scanContent(r.value(u"content"_s).toObject(), responseFile, at);
                const QJsonObject headers = r.value(u"headers"_s).toObject();
                for (auto header = headers.begin(); header != headers.end(); ++header) {
                    QString headerFile = responseFile;
                    const QJsonObject h = resolveObject(header.value().toObject(), &headerFile, problems);
                    if (h.contains(u"schema"_s))
                        scanSchema(h.value(u"schema"_s), headerFile, at + u"/headers/"_s + header.key(), problems,
                                   seen);
                }
            }
        }
    }
    const QJsonObject schemas = file(root).value(u"components"_s).toObject().value(u"schemas"_s).toObject();
    for (auto it = schemas.begin(); it != schemas.end(); ++it)
        scanSchema(it.value(), root, u"components/schemas/"_s + it.key(), problems, seen);
}

QStringList SpecValidator::validateValue(const QJsonValue &value, const QJsonObject &schema,
                                         const QString &baseFile) const
{
    QStringList errors;
    check(value, schema, baseFile, u"value"_s, errors);
    return errors;
}

QStringList SpecValidator::validate(const QString &pathTemplate, const QString &method, int status,
                                    const QByteArray &body, const QString &contentType) const
{
    if (!m_loadError.isEmpty())
        return {u"the spec did not load: "_s + m_loadError};
    QStringList errors;
    QString currentFile = u"swagger.json"_s;
    if (!m_paths.contains(pathTemplate))
        return {u"the spec has no path %1"_s.arg(pathTemplate)};
    const QJsonObject pathItem = resolveObject(m_paths.value(pathTemplate).toObject(), &currentFile, errors);
    if (!errors.isEmpty())
        return errors;
    const QJsonObject operation = pathItem.value(method.toLower()).toObject();
    if (operation.isEmpty())
        return {u"the spec has no %1 %2"_s.arg(method, pathTemplate)};
    const QJsonObject responses = operation.value(u"responses"_s).toObject();
    const QString code = QString::number(status);
    QJsonObject response = responses.value(code).toObject();
    if (response.isEmpty())   // a range: "4XX"
        response = responses.value(code.left(1) + u"XX"_s).toObject();
    if (response.isEmpty())
        response = responses.value(u"default"_s).toObject();
    if (response.isEmpty())
        return {u"%1 %2 may not answer %3"_s.arg(method, pathTemplate).arg(status)};
    response = resolveObject(response, &currentFile, errors);
    if (!errors.isEmpty())
        return errors;
    const QJsonObject content = response.value(u"content"_s).toObject();
    if (content.isEmpty()) {
        if (!body.isEmpty())
            return {u"%1 %2 %3 should have no body"_s.arg(method, pathTemplate).arg(status)};
        return {};
    }
    // Media type parameters ("; charset=utf-8") do not change which entry applies.
    const QString mediaType = contentType.section(u';', 0, 0).trimmed().toLower();
    QString key;
    for (const QString &candidate : QStringList{mediaType, mediaType.section(u'/', 0, 0) + u"/*"_s, u"*/*"_s}) {
        for (auto it = content.begin(); it != content.end() && key.isEmpty(); ++it) {
            if (it.key().toLower() == candidate)
                key = it.key();
        }
        if (!key.isEmpty())
            break;
    }
    if (key.isEmpty())
        return {u"%1 %2 %3: content type \"%4\" is not in the spec (%5)"_s.arg(method, pathTemplate)
                    .arg(status)
                    .arg(contentType, content.keys().join(u", "_s))};
    const QJsonObject media = content.value(key).toObject();
    if (!media.contains(u"schema"_s))
        return {};   // the spec sets no constraint
    const QJsonObject schema = media.value(u"schema"_s).toObject();
    if (!isJsonMediaType(mediaType)) {
        // Not JSON: only a string of bytes can be described.
        if (schema.value(u"type"_s).toString() == u"string" && schema.value(u"format"_s).toString() == u"binary")
            return {};
        return {u"%1 %2 %3: cannot check a %4 body against %5"_s.arg(method, pathTemplate)
                    .arg(status)
                    .arg(mediaType, compact(schema))};
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {u"the body is not JSON: %1"_s.arg(error.errorString())};
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    check(root, schema, currentFile, u"body"_s, errors);
    return errors;
}

}   // namespace Linkdeck::Test
