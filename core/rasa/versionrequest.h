#pragma once

#include "rasarequest.h"

namespace Coach {

//! What GET /version reports.
struct ServerVersion
{
    QString version; //!< "3.6.2"
    QString minimumCompatibleVersion; //!< oldest model version the server loads

    //! 2 or 3 for "2.8.1" / "3.6.2"; 0 when the text has no leading number.
    int majorVersion() const { return majorOf(version); }
    static int majorOf(const QString &version);
};

//! GET /version (no auth): `{"version", "minimum_compatible_version"}`.
//! The first call to make: the major version picks 2.x or 3.x behaviour.
class VersionRequest final : public RasaRequest
{
    Q_OBJECT

public:
    explicit VersionRequest(QObject *parent = nullptr);

    ServerVersion result() const { return m_result; }
    QString version() const { return m_result.version; }
    QString minimumCompatibleVersion() const { return m_result.minimumCompatibleVersion; }
    int majorVersion() const { return m_result.majorVersion(); }

protected:
    Status parse(const QJsonDocument &document) override;

private:
    ServerVersion m_result;
};

} // namespace Coach
