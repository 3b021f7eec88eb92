#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace Linkdeck {

// Why something failed: a Kind for code to branch on, a translated sentence for the
// user, and the raw detail (HTTP body, SQL error) for the log only.
struct Error
{
    Q_GADGET
public:
    enum class Kind {
        Invalid,     // the input was refused before anything was sent or stored
        SlugTaken,   // the back-half is already used on that domain
        NotFound,
        Unauthorized,   // bad or missing token (401)
        Forbidden,      // the token may not do this (403)
        PlanLimit,      // the plan does not include this (402, monthly limits)
        RateLimited,    // 429; retryAfterSeconds says when to try again
        Server,         // 5xx
        Timeout,
        Network,       // no connection, DNS, TLS
        BadResponse,   // the reply could not be understood
        Unsupported,   // this provider cannot do this
        Storage,       // the local database failed (disk full, locked, corrupt)
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Invalid;
    QString message;   // for the user, already translated
    QString detail;    // for the log
    int httpStatus = 0;
    int retryAfterSeconds = -1;

    static Error make(Kind kind, const QString &message, const QString &detail = {})
    {
        Error e;
        e.kind = kind;
        e.message = message;
        e.detail = detail;
        return e;
    }
};

}   // namespace Linkdeck

Q_DECLARE_METATYPE(Linkdeck::Error)
