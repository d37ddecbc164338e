#include "credentialstore.h"

namespace Coach {

CredentialStore &CredentialStore::instance()
{
    static CredentialStore store;
    return store;
}

void CredentialStore::setSecret(const QString &serverUrl, const QString &secret)
{
    if (secret.isEmpty())
        m_secrets.remove(serverUrl);
    else
        m_secrets.insert(serverUrl, secret);
}

QString CredentialStore::secret(const QString &serverUrl) const
{
    return m_secrets.value(serverUrl);
}

void CredentialStore::forget(const QString &serverUrl)
{
    m_secrets.remove(serverUrl);
}

void CredentialStore::clear()
{
    m_secrets.clear();
}

bool CredentialStore::isKeyringAvailable()
{
    return false;
}

} // namespace Coach
