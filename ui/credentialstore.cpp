#include "credentialstore.h"

#include "keyringstore.h"

namespace Coach {

CredentialStore &CredentialStore::instance()
{
    static CredentialStore store;
    return store;
}

void CredentialStore::setSecret(const QString &serverUrl, const QString &secret, bool remember)
{
    if (secret.isEmpty())
        m_secrets.remove(serverUrl);
    else
        m_secrets.insert(serverUrl, secret);
    if (remember && isKeyringAvailable()) {
        const QString key = KeyringStore::serverKey(serverUrl);
        (void)(secret.isEmpty() ? KeyringStore::remove(key) : KeyringStore::write(key, secret));
    }
}

QString CredentialStore::secret(const QString &serverUrl) const
{
    const auto found = m_secrets.constFind(serverUrl);
    if (found != m_secrets.cend() || !isKeyringAvailable())
        return found == m_secrets.cend() ? QString() : *found;
    return KeyringStore::read(KeyringStore::serverKey(serverUrl));
}

void CredentialStore::forget(const QString &serverUrl)
{
    m_secrets.remove(serverUrl);
    if (isKeyringAvailable())
        (void)KeyringStore::remove(KeyringStore::serverKey(serverUrl));
}

void CredentialStore::clear()
{
    m_secrets.clear();
}

bool CredentialStore::isKeyringAvailable()
{
    return KeyringStore::isAvailable();
}

} // namespace Coach
