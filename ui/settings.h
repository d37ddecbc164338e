#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;
class QTemporaryDir;

namespace Coach {

//! Typed access to the application's persistent settings (style.md §14).
//! Every key, its storage path and its default live in one table in
//! settings.cpp, so a typo cannot create a second key and defaults cannot
//! drift between call sites. Tokens are never stored here: see
//! CredentialStore.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        RecentFiles,
        LastServerUrl,
        LastAuthMode,
        LastConversationId,
        LastProjectFolder,
        LastSessionFolder,
        ExportE2e,
        ExportMarkdown,
        RequestTimeoutSeconds,
        ShowActionListen,
        Language, //!< "" follows the system locale, else "en", "de", "es"
        InboxStore, //!< the inbox's tracker store: a URL or an endpoints.yml (no password)
        InboxReviewDatabase, //!< the team's review database URL; "" keeps reviews in the session
        InboxAnnotator, //!< the name other annotators see on claims and reviews
        RasaExecutable, //!< rasa or a Python interpreter with Rasa; "" searches
        KeyCount
    };
    Q_ENUM(Key)

    //! Settings in the platform's usual place (organisation/application).
    explicit Settings(QObject *parent = nullptr);
    //! Settings in an INI file at `path` (tests, portable installs).
    explicit Settings(const QString &path, QObject *parent = nullptr);
    ~Settings() override;

    //! A fresh instance backed by a file in a temporary directory that is
    //! removed with the object.
    static std::unique_ptr<Settings> createTemporary();

    //! The application-wide instance; set by main() or a test.
    static Settings *instance();
    static void setInstance(Settings *settings);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QString path(Key key);
    static QVariant defaultValue(Key key);

    //! Free-form keys for dialog geometry: "Dialog/<name>/Geometry".
    QByteArray dialogGeometry(const QString &dialogName) const;
    void setDialogGeometry(const QString &dialogName, const QByteArray &geometry);

    //! The inbox's filter of one project (or store): InboxFilter::toJson().
    QJsonObject inboxFilter(const QString &project) const;
    void setInboxFilter(const QString &project, const QJsonObject &filter);

    QStringList recentFiles() const;
    //! Moves `file` to the front, drops duplicates and caps the list.
    void addRecentFile(const QString &file);
    void removeRecentFile(const QString &file);
    static constexpr int MaxRecentFiles = 10;

    void sync();
    QString fileName() const;

Q_SIGNALS:
    //! Emitted only when a stored value really changed.
    void changed(Coach::Settings::Key key);

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Coach
