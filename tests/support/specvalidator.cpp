#include "support/specvalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Linkdeck::Test {

SpecValidator::SpecValidator(const QString &specDir)
    : m_dir(specDir)
{
    const QJsonObject root = file(QDir(specDir).filePath(u"swagger.json"_s));
    m_paths = root.value(u"paths"_s).toObject();
    if (m_paths.isEmpty())
        m_loadError = u"no paths in %1/swagger.json"_s.arg(specDir);
}

QJsonObject SpecValidator::file(const QString &path) const
{
    const QString clean = QDir::cleanPath(path);
    if (auto it = m_files.constFind(clean); it != m_files.constEnd())
        return *it;
    QFile f(clean);
    QJsonObject object;
    if (f.open(QIODevice::ReadOnly))
        object = QJsonDocument::fromJson(f.readAll()).object();
    m_files.insert(clean, object);
    return object;
}

QJsonObject SpecValidator::resolve(const QJsonObject &schema, QString *currentFile) const
{
    QJsonObject s = schema;
    for (int depth = 0; depth < 16 && s.contains(u"$ref"_s); ++depth) {
        const QString ref = s.value(u"$ref"_s).toString();
        const QString target = ref.section(u'#', 0, 0);
        const QString pointer = ref.section(u'#', 1);
        if (!target.isEmpty())
            *currentFile = QFileInfo(*currentFile).dir().filePath(target);
        QJsonValue v = file(*currentFile);
        for (const QString &part : pointer.split(u'/', Qt::SkipEmptyParts))
            v = v.toObject().value(part);
        s = v.toObject();
    }
    return s;
}

static bool hasType(const QJsonValue &value, const QString &type)
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
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    return true;
}

void SpecValidator::check(const QJsonValue &value, const QJsonObject &schemaIn, const QString &fileIn,
                          const QString &where, QStringList &errors) const
{
    QString currentFile = fileIn;
    const QJsonObject schema = resolve(schemaIn, &currentFile);

    for (const QString &combiner : {u"allOf"_s, u"anyOf"_s, u"oneOf"_s}) {
        const QJsonArray parts = schema.value(combiner).toArray();
        if (parts.isEmpty())
            continue;
        int passed = 0;
        QStringList partErrors;
        for (const QJsonValue &part : parts) {
            QStringList e;
            check(value, part.toObject(), currentFile, where, e);
            passed += e.isEmpty() ? 1 : 0;
            partErrors << e;
        }
        if (combiner == u"allOf" && passed != parts.size())
            errors << partErrors;
        else if (combiner != u"allOf" && passed == 0)
            errors << u"%1: matches none of %2: %3"_s.arg(where, combiner, partErrors.join(u"; "_s));
    }

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
        for (const QString &t : types)
            ok = ok || hasType(value, t);
        if (!ok) {
            errors << u"%1: expected %2, got %3"_s.arg(where, types.join(u'|'),
                                                      QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)));
            return;
        }
    }
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value))
        errors << u"%1: %2 is not one of the allowed values"_s.arg(where, value.toVariant().toString());

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &required : schema.value(u"required"_s).toArray()) {
            if (!object.contains(required.toString()))
                errors << u"%1: missing required \"%2\""_s.arg(where, required.toString());
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (object.contains(it.key()))
                check(object.value(it.key()), it.value().toObject(), currentFile, where + u'.' + it.key(), errors);
        }
    }
    if (value.isArray() && schema.contains(u"items"_s)) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(array.at(i), schema.value(u"items"_s).toObject(), currentFile, u"%1[%2]"_s.arg(where).arg(i), errors);
    }
}

QStringList SpecValidator::validate(const QString &pathTemplate, const QString &method, int status,
                                    const QByteArray &body, const QString &contentType) const
{
    QString currentFile = QDir(m_dir).filePath(u"swagger.json"_s);
    const QJsonObject pathItem = resolve(m_paths.value(pathTemplate).toObject(), &currentFile);
    if (pathItem.isEmpty())
        return {u"the spec has no path %1"_s.arg(pathTemplate)};
    const QJsonObject operation = pathItem.value(method.toLower()).toObject();
    if (operation.isEmpty())
        return {u"the spec has no %1 %2"_s.arg(method, pathTemplate)};
    const QJsonObject responses = operation.value(u"responses"_s).toObject();
    QJsonObject response = responses.value(QString::number(status)).toObject();
    if (response.isEmpty())
        response = responses.value(u"default"_s).toObject();
    if (response.isEmpty())
        return {u"%1 %2 may not answer %3"_s.arg(method, pathTemplate).arg(status)};
    response = resolve(response, &currentFile);
    const QJsonObject content = response.value(u"content"_s).toObject();
    if (content.isEmpty()) {
        if (!body.isEmpty())
            return {u"%1 %2 %3 should have no body"_s.arg(method, pathTemplate).arg(status)};
        return {};
    }
    if (!content.contains(contentType))
        return {u"%1 %2 %3: content type %4 is not in the spec (%5)"_s.arg(method, pathTemplate).arg(status).arg(
            contentType, content.keys().join(u", "_s))};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {u"the body is not JSON: %1"_s.arg(error.errorString())};
    QStringList errors;
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    check(root, content.value(contentType).toObject().value(u"schema"_s).toObject(), currentFile, u"body"_s, errors);
    return errors;
}

} // namespace Linkdeck::Test
