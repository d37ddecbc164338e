#pragma once

#include <QHash>
#include <QString>

namespace Coach {

//! Where auth tokens and JWTs live: in memory for the lifetime of the app,
//! keyed by server URL. Never in QSettings, a session file or a log. A
//! desktop keyring backend can be added behind isKeyringAvailable(); this
//! build has none, so "remember" means "for this run".
class CredentialStore final
{
public:
    static CredentialStore &instance();

    void setSecret(const QString &serverUrl, const QString &secret);
    QString secret(const QString &serverUrl) const;
    void forget(const QString &serverUrl);
    void clear();
    static bool isKeyringAvailable();

private:
    CredentialStore() = default;
    QHash<QString, QString> m_secrets;
};

} // namespace Coach
