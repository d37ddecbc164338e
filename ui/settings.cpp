#include "settings.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>

#include <array>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

struct KeyInfo
{
    Settings::Key key;
    QLatin1StringView path;
    QVariant defaultValue;
};

// The one table of keys, paths and defaults.
const std::array<KeyInfo, static_cast<int>(Settings::Key::KeyCount)> &keyTable()
{
    using K = Settings::Key;
    static const std::array<KeyInfo, static_cast<int>(K::KeyCount)> table{{
        {K::MainWindowGeometry, "MainWindow/Geometry"_L1, QByteArray()},
        {K::MainWindowState, "MainWindow/State"_L1, QByteArray()},
        {K::RecentFiles, "Files/Recent"_L1, QStringList()},
        {K::LastServerUrl, "Connection/ServerUrl"_L1, u"http://localhost:5005"_s},
        {K::LastAuthMode, "Connection/AuthMode"_L1, u"none"_s},
        {K::LastConversationId, "Connection/ConversationId"_L1, QString()},
        {K::LastProjectFolder, "Connection/ProjectFolder"_L1, QString()},
        {K::LastSessionFolder, "Files/LastSessionFolder"_L1, QString()},
        {K::ExportE2e, "Export/EndToEnd"_L1, false},
        {K::ExportMarkdown, "Export/Markdown"_L1, false},
        {K::RequestTimeoutSeconds, "Connection/TimeoutSeconds"_L1, 30},
        {K::ShowActionListen, "History/ShowActionListen"_L1, true},
        {K::Language, "General/Language"_L1, QString()},
        {K::InboxStore, "Inbox/Store"_L1, QString()},
        {K::InboxReviewDatabase, "Inbox/ReviewDatabase"_L1, QString()},
        {K::InboxAnnotator, "Inbox/Annotator"_L1, QString()},
        {K::RasaExecutable, "Launcher/RasaExecutable"_L1, QString()},
    }};
    return table;
}

const KeyInfo &info(Settings::Key key)
{
    const auto &entry = keyTable().at(static_cast<std::size_t>(key));
    Q_ASSERT(entry.key == key);
    return entry;
}

QPointer<Settings> &globalInstance()
{
    static QPointer<Settings> settings;
    return settings;
}

} // namespace

Settings::Settings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &path, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::createTemporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    auto settings = std::make_unique<Settings>(dir->filePath(u"settings.ini"_s));
    settings->m_tempDir = std::move(dir);
    return settings;
}

Settings *Settings::instance()
{
    return globalInstance().data();
}

void Settings::setInstance(Settings *settings)
{
    globalInstance() = settings;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo &entry = info(key);
    const QVariant stored = m_settings->value(entry.path, entry.defaultValue);
    QVariant converted = stored;
    if (entry.defaultValue.isValid() && converted.convert(entry.defaultValue.metaType()))
        return converted;
    return entry.defaultValue;
}

void Settings::setValue(Key key, const QVariant &value)
{
    const QVariant before = this->value(key);
    m_settings->setValue(info(key).path, value);
    if (this->value(key) != before)
        Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    const QVariant before = value(key);
    m_settings->remove(info(key).path);
    if (before != value(key))
        Q_EMIT changed(key);
}

QString Settings::path(Key key)
{
    return info(key).path;
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

//! Keyed by a hash: project paths hold slashes, which QSettings nests.
static QString inboxFilterKey(const QString &project)
{
    return u"Inbox/Filters/"_s
        + QString::fromLatin1(
               QCryptographicHash::hash(project.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QJsonObject Settings::inboxFilter(const QString &project) const
{
    return QJsonDocument::fromJson(m_settings->value(inboxFilterKey(project)).toByteArray())
        .object();
}

void Settings::setInboxFilter(const QString &project, const QJsonObject &filter)
{
    m_settings->setValue(inboxFilterKey(project),
                         QJsonDocument(filter).toJson(QJsonDocument::Compact));
}

QByteArray Settings::dialogGeometry(const QString &dialogName) const
{
    return m_settings->value(u"Dialog/%1/Geometry"_s.arg(dialogName)).toByteArray();
}

void Settings::setDialogGeometry(const QString &dialogName, const QByteArray &geometry)
{
    m_settings->setValue(u"Dialog/%1/Geometry"_s.arg(dialogName), geometry);
}

QStringList Settings::recentFiles() const
{
    return value(Key::RecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &file)
{
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    setValue(Key::RecentFiles, files);
}

void Settings::removeRecentFile(const QString &file)
{
    QStringList files = recentFiles();
    if (files.removeAll(file) > 0)
        setValue(Key::RecentFiles, files);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace Coach
