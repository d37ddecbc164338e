// InboxPanel: opening conversations and the team's review state.
#include "inbox/inboxservice.h"
#include "inbox/reviewstore.h"
#include "inboxmodel.h"
#include "inboxpanel.h"

#include <QDateTime>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Coach {

void InboxPanel::onReviewStoreChanged(ReviewStore *store)
{
    if (m_reviews)
        m_reviews->disconnect(this);
    m_reviews = store;
    if (!m_reviews)
        return;
    connect(m_reviews, &ReviewStore::reviewChanged, this, [this](const QString &senderId) {
        const Result<ConversationReview> review = m_reviews->load(senderId);
        if (review)
            m_model->updateReview(*review);
    });
    const Result<QHash<QString, ConversationReview>> all = m_reviews->loadAll();
    if (!all)
        setStatus(all.error().toString(), true);
    m_model->setReviews(all.valueOr({}), m_reviews->annotator());
}

void InboxPanel::openCurrent()
{
    const QString sender = currentSender();
    if (sender.isEmpty())
        return;
    if (m_reviews) {
        const Result<ReviewStore::ClaimResult> claim = m_reviews->claim(sender);
        if (!claim)
            setStatus(claim.error().toString(), true);
        else if (!claim->claimed)
            setStatus(
                tr("%1 is working on this conversation; you see it read-only.").arg(claim->holder));
    }
    m_pending.insert(sender, Purpose::Show);
    m_service->loadConversation(sender);
}

void InboxPanel::correctCurrent()
{
    const QString sender = currentSender();
    if (sender.isEmpty())
        return;
    if (m_reviews) {
        const Result<ReviewStore::ClaimResult> claim = m_reviews->claim(sender);
        if (claim && !claim->claimed) {
            setStatus(
                tr("%1 is working on this conversation: claim another one.").arg(claim->holder),
                true);
            return;
        }
    }
    m_pending.insert(sender, Purpose::Correct);
    m_service->loadConversation(sender, 1 << 30);
}

void InboxPanel::replayCurrent()
{
    const QString sender = currentSender();
    if (sender.isEmpty())
        return;
    m_pending.insert(sender, Purpose::Replay);
    m_service->loadConversation(sender, 1 << 30);
}

void InboxPanel::claimNext()
{
    if (!m_reviews)
        return;
    const int from = std::max(0, m_view->currentIndex().row());
    // The rows after the current one first, then from the top.
    const QStringList candidates = m_model->senders(from, 500) + m_model->senders(0, from);
    const Result<QString> claimed = m_reviews->claimNext(candidates);
    if (!claimed) {
        setStatus(claimed.error().toString(), true);
        return;
    }
    if (claimed->isEmpty()) {
        setStatus(tr("Every conversation in view is reviewed or claimed by someone else."));
        return;
    }
    const int row = m_model->rowOf(*claimed);
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_view->currentIndex());
    openCurrent();
}

void InboxPanel::toggleReviewed()
{
    const QString sender = currentSender();
    if (sender.isEmpty() || !m_reviews)
        return;
    const bool reviewed = m_model->reviews().value(sender).reviewed;
    if (const Status status = m_reviews->setReviewed(sender, !reviewed); !status)
        setStatus(status.error().toString(), true);
    else if (!reviewed)
        (void)m_reviews->release(sender);
}

void InboxPanel::editTags()
{
    const QString sender = currentSender();
    if (sender.isEmpty() || !m_reviews || !m_textPrompt)
        return;
    const std::optional<QString> text = m_textPrompt(
        tr("Tags (comma-separated)"), m_model->reviews().value(sender).tags.join(u", "_s));
    if (!text)
        return;
    QStringList tags;
    for (const QString &tag : text->split(u',', Qt::SkipEmptyParts))
        tags.append(tag.trimmed());
    if (const Status status = m_reviews->setTags(sender, tags); !status)
        setStatus(status.error().toString(), true);
}

void InboxPanel::editNotes()
{
    const QString sender = currentSender();
    if (sender.isEmpty() || !m_reviews || !m_textPrompt)
        return;
    const std::optional<QString> text =
        m_textPrompt(tr("Notes"), m_model->reviews().value(sender).notes);
    if (!text)
        return;
    if (const Status status = m_reviews->setNotes(sender, *text); !status)
        setStatus(status.error().toString(), true);
}

} // namespace Coach
