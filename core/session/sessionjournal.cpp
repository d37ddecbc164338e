#include "sessionjournal.h"

#include "logging.h"
#include "sessionformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

constexpr auto kJournalFormat = "rasa-coach-journal"_L1;
constexpr int kJournalVersion = 1;

QString &recoveryOverride()
{
    static QString folder;
    return folder;
}

//! The translation context of this file's messages (lupdate reads it).
struct SessionJournalMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::SessionJournal)
};

bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#if defined(Q_OS_WIN)
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

QByteArray recordLine(qint64 sequence, const QJsonObject &json)
{
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const QByteArray sum = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
    return QByteArray::number(sequence) + ' ' + sum + ' ' + body + '\n';
}

QJsonObject headerToJson(const SessionJournal::Header &header)
{
    return QJsonObject{
        {u"format"_s, kJournalFormat},
        {u"version"_s, kJournalVersion},
        {u"session_id"_s, header.sessionId},
        {u"session_file"_s, header.sessionFile},
        {u"base_revision"_s, header.baseRevision},
        {u"base_sequence"_s, double(header.baseSequence)},
        {u"created"_s, header.created.toUTC().toString(Qt::ISODateWithMs)},
        {u"session_created"_s, header.sessionCreated.toUTC().toString(Qt::ISODateWithMs)}};
}

std::optional<SessionJournal::Header> headerFromJson(const QJsonObject &json)
{
    if (json.value("format"_L1).toString() != kJournalFormat
        || json.value("version"_L1).toInt() != kJournalVersion) {
        return std::nullopt;
    }
    SessionJournal::Header header;
    header.sessionId = json.value("session_id"_L1).toString();
    header.sessionFile = json.value("session_file"_L1).toString();
    header.baseRevision = json.value("base_revision"_L1).toString();
    header.baseSequence = qint64(json.value("base_sequence"_L1).toDouble());
    header.created = QDateTime::fromString(json.value("created"_L1).toString(), Qt::ISODateWithMs);
    header.sessionCreated =
        QDateTime::fromString(json.value("session_created"_L1).toString(), Qt::ISODateWithMs);
    return header;
}

//! One journal line, or nothing when it is torn or damaged.
std::optional<SessionJournal::Record> parseLine(const QByteArray &line)
{
    const qsizetype first = line.indexOf(' ');
    const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    if (second < 0)
        return std::nullopt;
    bool ok = false;
    const qint64 sequence = line.left(first).toLongLong(&ok);
    const QByteArray body = line.mid(second + 1);
    const QByteArray sum = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
    if (!ok || line.mid(first + 1, second - first - 1) != sum)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return SessionJournal::Record{sequence, document.object()};
}

QString registryEntry(const QString &journalPath)
{
    const QByteArray hash =
        QCryptographicHash::hash(QFileInfo(journalPath).absoluteFilePath().toUtf8(),
                                 QCryptographicHash::Md5)
            .toHex()
            .left(16);
    return QDir(SessionJournal::recoveryDirectory())
        .filePath(QString::fromLatin1(hash) + u".ref"_s);
}

bool isInRecoveryDirectory(const QString &journalPath)
{
    return QFileInfo(journalPath).absolutePath()
        == QFileInfo(SessionJournal::recoveryDirectory()).absoluteFilePath();
}

std::unique_ptr<QLockFile> lockFor(const QString &journalPath)
{
    auto lock = std::make_unique<QLockFile>(SessionJournal::lockPath(journalPath));
    lock->setStaleLockTime(0); // stale only when the owning process is gone
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace

SessionJournal::SessionJournal(QString path, Header header, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path)), m_header(std::move(header)), m_lock(std::move(lock))
{
    m_sequence = m_header.baseSequence;
}

SessionJournal::~SessionJournal()
{
    release();
}

QString SessionJournal::recoveryDirectory()
{
    QString folder = recoveryOverride();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
    QDir().mkpath(folder);
    return folder;
}

void SessionJournal::setRecoveryDirectory(const QString &folder)
{
    recoveryOverride() = folder;
}

QString SessionJournal::journalPathFor(const QString &sessionFile, const QString &sessionId)
{
    if (sessionFile.isEmpty())
        return QDir(recoveryDirectory()).filePath(sessionId + u".journal"_s);
    const QFileInfo info(sessionFile);
    return info.absoluteDir().filePath(u'.' + info.fileName() + u".journal"_s);
}

QString SessionJournal::autosavePath(const QString &journalPath)
{
    return journalPath + u".autosave"_s;
}

QString SessionJournal::lockPath(const QString &journalPath)
{
    return journalPath + u".lock"_s;
}

Result<std::unique_ptr<SessionJournal>> SessionJournal::create(const Header &header)
{
    QString path = journalPathFor(header.sessionFile, header.sessionId);
    std::unique_ptr<QLockFile> lock = lockFor(path);
    if (!lock || !QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
        // Read-only folder, or the same file open in another instance.
        path = QDir(recoveryDirectory())
                   .filePath(header.sessionId + u'-'
                             + QUuid::createUuid().toString(QUuid::Id128).left(8) + u".journal"_s);
        lock = lockFor(path);
    }
    if (!lock)
        return makeError(SessionJournalMessages::tr("cannot lock the journal"), path);
    QFile::remove(autosavePath(path));
    std::unique_ptr<SessionJournal> journal(new SessionJournal(path, header, std::move(lock)));
    if (Status status = journal->rewrite({}); !status)
        return status.error();
    journal->registerJournal();
    return journal;
}

Result<std::unique_ptr<SessionJournal>> SessionJournal::adopt(const QString &journalPath)
{
    std::unique_ptr<QLockFile> lock = lockFor(journalPath);
    if (!lock)
        return makeError(SessionJournalMessages::tr("the journal is in use by another Rasa Coach"),
                         journalPath);
    Result<Contents> contents = read(journalPath);
    if (!contents)
        return contents.error();
    std::unique_ptr<SessionJournal> journal(
        new SessionJournal(journalPath, contents->header, std::move(lock)));
    if (Status status = journal->rewrite(contents->records); !status)
        return status.error();
    journal->registerJournal();
    return journal;
}

Result<SessionJournal::Contents> SessionJournal::read(const QString &journalPath)
{
    QFile file(journalPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            SessionJournalMessages::tr("cannot read the journal: %1").arg(file.errorString()),
            journalPath);
    const QList<QByteArray> lines = file.readAll().split('\n');
    // The last piece is empty when the file ends with a newline, else torn.
    const std::optional<Record> first = lines.size() > 1 ? parseLine(lines.first()) : std::nullopt;
    const std::optional<Header> header = first ? headerFromJson(first->operation) : std::nullopt;
    if (!header)
        return makeError(SessionJournalMessages::tr(
                             "this is not a Rasa Coach journal, or its header is damaged"),
                         journalPath);
    Contents contents{*header, {}, !lines.last().isEmpty(), 0};
    qint64 expected = header->baseSequence + 1;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        std::optional<Record> record = parseLine(lines.at(i));
        if (!record || record->sequence != expected) {
            contents.truncated = true;
            contents.damagedLine = int(i + 1);
            break;
        }
        contents.records.append(*record);
        ++expected;
    }
    if (contents.truncated && contents.damagedLine == 0)
        contents.damagedLine = int(lines.size());
    return contents;
}

bool SessionJournal::isInUse(const QString &journalPath)
{
    return lockFor(journalPath) == nullptr;
}

void SessionJournal::removeFiles(const QString &journalPath)
{
    QFile::remove(journalPath);
    QFile::remove(autosavePath(journalPath));
    QFile::remove(registryEntry(journalPath));
    QFile::remove(lockPath(journalPath));
}

QStringList SessionJournal::knownJournals()
{
    const QDir folder(recoveryDirectory());
    QStringList journals;
    for (const QString &name : folder.entryList({u"*.journal"_s}, QDir::Files, QDir::Name))
        journals.append(folder.filePath(name));
    for (const QString &name : folder.entryList({u"*.ref"_s}, QDir::Files, QDir::Name)) {
        QFile entry(folder.filePath(name));
        if (!entry.open(QIODevice::ReadOnly))
            continue;
        const QString journal = QString::fromUtf8(entry.readAll()).trimmed();
        entry.close();
        if (QFileInfo::exists(journal) && !journals.contains(journal))
            journals.append(journal);
        else if (!QFileInfo::exists(journal))
            entry.remove(); // the journal was removed without us (moved folder, manual cleanup)
    }
    return journals;
}

Status SessionJournal::append(const QJsonObject &operation)
{
    if (!m_file)
        return makeError(SessionJournalMessages::tr("the journal is closed"), m_path);
    const QByteArray line = recordLine(m_sequence + 1, operation);
    if (m_file->write(line) != line.size() || !syncToDisk(*m_file))
        return makeError(
            SessionJournalMessages::tr("cannot write the journal: %1").arg(m_file->errorString()),
            m_path);
    ++m_sequence;
    return {};
}

Status SessionJournal::compact(const QByteArray &snapshot)
{
    if (Status status = SessionFormat::writeBytes(snapshot, autosavePath(m_path)); !status)
        return status;
    m_header.baseSequence = m_sequence;
    return rewrite({});
}

void SessionJournal::remove()
{
    release();
    QFile::remove(m_path);
    QFile::remove(autosavePath(m_path));
    QFile::remove(registryEntry(m_path));
}

void SessionJournal::release()
{
    m_file.reset();
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

Status SessionJournal::rewrite(const QList<Record> &records)
{
    m_file.reset();
    QByteArray bytes = recordLine(0, headerToJson(m_header));
    for (const Record &record : records)
        bytes += recordLine(record.sequence, record.operation);
    if (Status status = SessionFormat::writeBytes(bytes, m_path); !status)
        return status;
    m_sequence = records.isEmpty() ? m_header.baseSequence : records.last().sequence;
    return openForAppend();
}

Status SessionJournal::openForAppend()
{
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append))
        return makeError(
            SessionJournalMessages::tr("cannot open the journal: %1").arg(file->errorString()),
            m_path);
    m_file = std::move(file);
    return {};
}

void SessionJournal::registerJournal() const
{
    if (isInRecoveryDirectory(m_path))
        return;
    const QByteArray target = QFileInfo(m_path).absoluteFilePath().toUtf8();
    if (Status status = SessionFormat::writeBytes(target, registryEntry(m_path)); !status)
        qCWarning(lcSession) << "cannot register the journal:" << status.error().toString();
}

} // namespace Coach
