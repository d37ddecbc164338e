#include "keyringstore.h"

#include "inbox/trackerstoreaddress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

const QString Service = u"Rasa Coach"_s;

//! Runs a job to its end (or gives up after a few seconds).
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished && job.error() == QKeychain::NoError;
}

//! The translation context of this file's messages (lupdate reads it).
struct KeyringStoreMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::KeyringStore)
};

} // namespace

QString KeyringStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key);
    return runJob(job) ? job.textData() : QString();
}

Status KeyringStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key);
    job.setTextData(secret);
    if (!runJob(job))
        return makeError(KeyringStoreMessages::tr("the system keyring did not keep the secret: %1")
                             .arg(job.errorString()));
    return {};
}

Status KeyringStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key);
    if (!runJob(job) && job.error() != QKeychain::EntryNotFound)
        return makeError(
            KeyringStoreMessages::tr("the system keyring did not forget the secret: %1")
                .arg(job.errorString()));
    return {};
}

bool KeyringStore::isAvailable()
{
    static const bool available = [] {
        QKeychain::ReadPasswordJob job(Service);
        job.setKey(u"availability probe"_s);
        runJob(job);
        return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
    }();
    return available;
}

QString KeyringStore::databaseKey(const TrackerStoreAddress &address)
{
    return u"database %1 as %2"_s.arg(address.identity(), address.user);
}

QString KeyringStore::serverKey(const QString &serverUrl)
{
    return u"server "_s + serverUrl;
}

} // namespace Coach
