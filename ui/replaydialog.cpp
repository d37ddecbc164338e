#include "replaydialog.h"

#include "replay/replayer.h"
#include "replay/replayplanner.h"
#include "replay/replaytext.h"
#include "replayfiltermodel.h"
#include "replaymodel.h"
#include "replayreviewpanel.h"

#include "rasa/rasaclient.h"
#include "session/sessiondocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

ReplayDialog::ReplayDialog(SessionDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new ReplayModel(this))
    , m_filter(new ReplayFilterModel(this))
    , m_server(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_start(new QPushButton(tr("&Start Replay"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_onlyDifferences(new QCheckBox(tr("Only &differences"), this))
    , m_table(new QTableView(this))
    , m_review(new ReplayReviewPanel(document, m_model, this))
{
    setWindowTitle(tr("Replay against Server"));
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setEnabled(false);
    m_server->setText(document->serverInfo().url.toDisplayString());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_review);
    splitter->setStretchFactor(0, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createServerRow());
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_onlyDifferences);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 640);

    connect(m_start, &QPushButton::clicked, this, &ReplayDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ReplayDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_onlyDifferences, &QCheckBox::toggled, m_filter,
            &ReplayFilterModel::setOnlyDifferences);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReplayDialog::onCurrentRowChanged);
    connect(m_table, &QTableView::doubleClicked, m_review->goToButton(), &QPushButton::click);
    connect(m_review, &ReplayReviewPanel::turnRequested, this, &ReplayDialog::turnRequested);
    // The window replaced its document (another file opened): nothing to review.
    connect(document, &QObject::destroyed, this, &QWidget::close);
    showStatus(tr("Replays every annotated turn of this session against the model the server has "
                  "loaded now, in conversations of its own."));
}

ReplayDialog::~ReplayDialog()
{
    cancel();
}

QLayout *ReplayDialog::createServerRow()
{
    auto *serverLabel = new QLabel(tr("Ser&ver:"), this);
    serverLabel->setBuddy(m_server);
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    m_token->setEchoMode(QLineEdit::Password);
    m_server->setPlaceholderText(u"http://localhost:5005"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(serverLabel);
    row->addWidget(m_server, 2);
    row->addWidget(tokenLabel);
    row->addWidget(m_token, 1);
    row->addWidget(m_start);
    row->addWidget(m_cancel);
    return row;
}

void ReplayDialog::setConnection(const ConnectionSettings &settings)
{
    m_settings = settings;
    if (!settings.serverUrl.isEmpty())
        m_server->setText(settings.serverUrl.toDisplayString());
    m_token->setText(settings.authToken);
}

bool ReplayDialog::isRunning() const
{
    return m_replayer && m_replayer->isRunning();
}

QString ReplayDialog::statusText() const
{
    return m_status->text();
}

void ReplayDialog::start()
{
    if (isRunning())
        return;
    const Result<QUrl> url = RasaClient::serverUrlFromUserInput(m_server->text());
    if (!url) {
        showStatus(url.error().message);
        return;
    }
    delete m_client.data(); // takes an earlier replayer with it
    m_client = new RasaClient(url.value(), this);
    m_client->setAuthToken(m_token->text());
    m_client->setJwt(m_settings.jwt);
    m_client->setTimeout(m_settings.requestTimeout);
    m_replayer = new Replayer(m_client, m_client);
    connect(m_replayer, &Replayer::turnReplayed, this, &ReplayDialog::onTurnReplayed);
    connect(m_replayer, &Replayer::finished, this, &ReplayDialog::onFinished);
    connect(m_replayer, &Replayer::failed, this, &ReplayDialog::onFailed);
    connect(m_replayer, &Replayer::serverChecked, this,
            [this](const QString &version, const QString &model) {
                showStatus(tr("Replaying against Rasa %1, model %2…").arg(version, model));
            });
    const ReplaySession session =
        ReplayPlanner::session(m_document->fileName(), m_document->data());
    m_model->setSession(session);
    m_table->resizeColumnsToContents();
    m_progress->setRange(0, std::max(1, int(m_model->rowCount())));
    m_progress->setValue(0);
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    showStatus(tr("Checking %1…").arg(m_client->displayUrl(url.value())));
    m_replayer->start({session});
}

void ReplayDialog::cancel()
{
    if (!isRunning())
        return;
    m_replayer->cancel();
    stop(tr("Cancelled after %1 of %2 turns.").arg(m_progress->value()).arg(m_model->rowCount()));
}

void ReplayDialog::onTurnReplayed(int session, int part, int turn)
{
    m_model->setTurn(part, turn, m_replayer->sessions().at(session).parts.at(part).turns.at(turn));
    m_progress->setValue(m_replayer->replayedTurns());
}

void ReplayDialog::onFinished()
{
    stop(ReplayText::summary(ReplaySummary::of(m_replayer->sessions())));
    m_table->resizeColumnsToContents();
}

void ReplayDialog::onFailed(const ApiError &error)
{
    stop(tr("The replay stopped: %1").arg(error.userMessage()));
}

void ReplayDialog::stop(const QString &status)
{
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    showStatus(status);
    Q_EMIT replayEnded();
}

void ReplayDialog::showStatus(const QString &text)
{
    m_status->setText(text);
}

void ReplayDialog::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_review->showRow(current.isValid() ? m_filter->mapToSource(current).row() : -1);
}

} // namespace Coach
