#pragma once

#include "nludata.h"
#include "result.h"
#include "storybuilder.h"
#include "yamlnode.h"

#include "model/domain.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coach {

//! What a session adds to the domain (spec §6.7, from the applied events —
//! spec §9 #19 — so undone custom actions are not added).
struct DomainAdditions
{
    QStringList intents; //!< retrieval intents by their base name
    QStringList entities; //!< without entities of pretrained extractors
    //! Roles and groups the session used per entity type: a new entity is
    //! declared with them (Rasa needs them in the domain to learn them).
    QHash<QString, QStringList> entityRoles;
    QHash<QString, QStringList> entityGroups;
    QStringList actions; //!< executed actions minus Rasa's defaults and forms
    QList<ResponseDefinition> responses; //!< responses created in the session

    bool isEmpty() const;
};

//! What an export does with a new response whose name the domain already
//! uses for other texts (spec §9 #16): one rule, chosen by the annotator.
enum class ResponseClash {
    Keep, //!< the domain keeps its text; the clash is reported
    Replace, //!< the session's text replaces the domain's
};

//! The rule in the words the New Response dialog, the export preview and
//! `rasa-coach export --help` all use.
QString responseClashRule();

//! A new response whose name the domain already uses for other texts. It is
//! reported, and written only when the annotator chose to replace.
struct ResponseConflict
{
    QString name;
    QJsonArray existing;
    QJsonArray proposed;
};

struct DomainFileUpdate
{
    QByteArray content;
    bool changed = false;
    DomainAdditions added; //!< what was really added to the file
    QList<ResponseConflict> conflicts; //!< clashes (kept or replaced, as chosen)
    int replaced = 0; //!< responses whose text was replaced
};

//! Extends the user's domain.yml with what the session added, as text:
//! new names are appended to `intents`, `entities`, `actions` (block or flow
//! lists, items given as names or mappings, entities with roles, CRLF files,
//! missing sections) and new responses to `responses`; every other byte
//! stays. Without a file, a complete domain is written from the server's
//! domain plus the additions (Rasa's "rewrite" behaviour, cleaned up).
class DomainExporter
{
public:
    //! From the applied story parts and the collected NLU examples (which
    //! may hold a message that an undo removed from the stories).
    static DomainAdditions collect(const QList<ConversationParts> &conversations,
                                   const QList<TrainingExample> &examples, const Domain &server,
                                   const QList<ResponseDefinition> &newResponses);
    static DomainAdditions collect(const QList<ExportConversation> &conversations,
                                   const Domain &server,
                                   const QList<ResponseDefinition> &newResponses);

    //! `existing` is the target file's content, nullopt when there is none.
    static Result<DomainFileUpdate> merge(const std::optional<QByteArray> &existing,
                                          const QString &path, const Domain &server,
                                          const DomainAdditions &additions, int rasaMajorVersion,
                                          ResponseClash clash = ResponseClash::Keep);

    //! A complete domain file: the server's domain and the additions, keys in
    //! Rasa's order, intents `{name: {use_entities: true}}` written as names,
    //! slot types short, actions sorted as Rasa sorts them.
    static QString renderComplete(const Domain &server, const DomainAdditions &additions,
                                  int rasaMajorVersion);

    //! A new entity as a domain list item: its name, or `{name: {roles, groups}}`.
    static YamlNode entityNode(const QString &name, const DomainAdditions &additions);

    //! New responses that clash with `domain`'s responses of the same name.
    static QList<ResponseConflict> conflicts(const Domain &domain,
                                             const QList<ResponseDefinition> &responses);

private:
    static Result<DomainFileUpdate> insert(const QByteArray &existing, const QString &path,
                                           const DomainAdditions &additions,
                                           const QList<ResponseConflict> &replaced);
};

} // namespace Coach
