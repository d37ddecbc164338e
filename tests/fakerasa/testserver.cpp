#include "testserver.h"

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

Status TestServer::start(const QString &botFolder, const QString &rasaVersion)
{
    reset();
    m_server = std::make_unique<FakeRasaServer>();
    m_server->setRasaVersion(rasaVersion);
    if (const Status loaded = m_server->loadBot(botFolder); !loaded)
        return loaded;
    if (m_server->listen() == 0)
        return makeError(m_server->errorString(), u"127.0.0.1"_s);
    m_client = std::make_unique<TestClient>(m_server->url());
    return {};
}

void TestServer::reset()
{
    m_client.reset();
    m_server.reset();
}

QString TestServer::exampleBot(const QString &name)
{
    return QStringLiteral(COACH_SOURCE_DIR "/resources/examples/") + name;
}

QString TestServer::testBot(const QString &name)
{
    return QStringLiteral(COACH_TEST_DATA_DIR "/fakebots/") + name;
}

} // namespace Coach::FakeRasa
