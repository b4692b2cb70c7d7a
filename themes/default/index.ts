import type { Theme } from '../model/theme'
import BaseLayout from './layouts/BaseLayout.astro'
import ArticleView from './views/ArticleView.astro'
import CategoryView from './views/CategoryView.astro'
import DialogueListView from './views/DialogueListView.astro'
import DialogueView from './views/DialogueView.astro'
import EnglishHomeView from './views/EnglishHomeView.astro'
import HomeView from './views/HomeView.astro'
import NewsListView from './views/NewsListView.astro'
import NotFoundView from './views/NotFoundView.astro'
import PageView from './views/PageView.astro'
import QaReceiptView from './views/QaReceiptView.astro'
import QaView from './views/QaView.astro'
import SearchView from './views/SearchView.astro'
import LegalListView from './views/LegalListView.astro'
import LegalDocumentView from './views/LegalDocumentView.astro'
import ProcedureListView from './views/ProcedureListView.astro'
import ProcedureView from './views/ProcedureView.astro'
import ConsultationListView from './views/ConsultationListView.astro'
import ConsultationView from './views/ConsultationView.astro'
import AccessibilityStatementView from './views/AccessibilityStatementView.astro'
import SubscribeView from './views/SubscribeView.astro'
import SubscriptionResultView from './views/SubscriptionResultView.astro'

const defaultTheme: Theme = {
  Layout: BaseLayout,
  views: {
    HomeView,
    EnglishHomeView,
    NewsListView,
    CategoryView,
    ArticleView,
    PageView,
    NotFoundView,
    DialogueListView,
    DialogueView,
    QaView,
    QaReceiptView,
    SearchView,
    LegalListView,
    LegalDocumentView,
    ProcedureListView,
    ProcedureView,
    ConsultationListView,
    ConsultationView,
    AccessibilityStatementView,
    SubscribeView,
    SubscriptionResultView,
  },
}

export default defaultTheme
