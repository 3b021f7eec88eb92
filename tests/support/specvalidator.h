#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Linkdeck::Test {

// Validates JSON responses against an OpenAPI 3.1 multi-file spec (Shlink's): finds the
// schema for a path, method, status and content type, follows $ref across files (and within
// them, JSON pointers with ~0/~1 escapes) and checks a value against the schema.
//
// Strict on purpose: a keyword it does not implement is an error (a schema it cannot check
// must not pass), and so is a $ref that leads nowhere, an unknown "type" or "format". The
// whole spec is walked when it is loaded, so loadError() names every such keyword at once.
//
// Assertions: $ref (with sibling keywords, as in 3.1), type (a name or a list, "integer"
// being a number without a fraction), nullable (OpenAPI 3.0), enum, const, required,
// properties, additionalProperties (false or a schema), items, minItems, maxItems,
// uniqueItems, minLength, maxLength, pattern, minimum, maximum, exclusiveMinimum,
// exclusiveMaximum, allOf (every branch), anyOf (at least one), oneOf (exactly one), not,
// format (date-time, date and time as RFC 3339, uri, email, uuid; binary and byte for
// non-JSON bodies). Annotations, checked for nothing: description, title, summary, example,
// examples, default, deprecated, readOnly, writeOnly, $comment, externalDocs.
class SpecValidator
{
public:
    explicit SpecValidator(const QString &specDir);
    QString loadError() const { return m_loadError; }

    // Empty when the response matches the spec, else one line per problem.
    QStringList validate(const QString &pathTemplate, const QString &method, int status, const QByteArray &body,
                         const QString &contentType) const;

    // value against one schema; $refs in it are taken relative to baseFile (a path in the
    // spec folder, or absolute). Empty when it matches, else one line per problem.
    QStringList validateValue(const QJsonValue &value, const QJsonObject &schema,
                              const QString &baseFile = QStringLiteral("swagger.json")) const;

private:
    struct Resolved
    {
        QJsonValue value;
        QString file;
        QString error;   // the $ref leads nowhere
    };
    QJsonObject file(const QString &path, QString *error = nullptr) const;
    Resolved follow(const QString &ref, const QString &fromFile) const;
    // Follows $ref of non-schema objects (path items, responses): they take no siblings.
    QJsonObject resolveObject(const QJsonObject &object, QString *currentFile, QStringList &errors) const;
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &file, const QString &where,
               QStringList &errors, int depth = 0) const;
    void scanSchema(const QJsonValue &schema, const QString &file, const QString &where, QStringList &problems,
                    QSet<QString> &seen) const;
    void scanSpec(QStringList &problems) const;

    QString m_dir;
    QString m_loadError;
    QJsonObject m_paths;
    struct Loaded
    {
        QJsonObject object;
        QString error;   // empty when the file is a JSON object
    };
    mutable QHash<QString, Loaded> m_files;   // by clean path; a file is read once, its error kept
};

}   // namespace Linkdeck::Test
