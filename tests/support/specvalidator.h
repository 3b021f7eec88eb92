#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Linkdeck::Test {

// Validates JSON responses against an OpenAPI 3.1 multi-file spec (Shlink's): finds the
// schema for a path, method, status and content type, follows $ref across files and checks
// type (with null), required, properties, items, enum, allOf, anyOf and oneOf.
class SpecValidator
{
public:
    explicit SpecValidator(const QString &specDir);
    QString loadError() const { return m_loadError; }

    // Empty when the response matches the spec, else one line per problem.
    QStringList validate(const QString &pathTemplate, const QString &method, int status, const QByteArray &body,
                         const QString &contentType) const;

private:
    QJsonObject file(const QString &path) const;
    QJsonObject resolve(const QJsonObject &schema, QString *file) const;
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &file, const QString &where,
               QStringList &errors) const;

    QString m_dir;
    QString m_loadError;
    QJsonObject m_paths;
    mutable QHash<QString, QJsonObject> m_files;
};

} // namespace Linkdeck::Test
