import { NewPortalListLink as NewPortalListLink_4add10f96a0a264cce3e59f94844d527 } from '../../../../../plugins/lifecycle/provisioning/admin/NewPortalLink'
import { CurrentPasswordField as CurrentPasswordField_e019d878ce50a4ac6341da95fc384d02 } from '../../../../../plugins/accounts/admin/CurrentPasswordField'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SiteField as SiteField_74255d45628e807b09bf5c47a7241be9 } from '../../../../../plugins/site-scoping/admin/SiteField'
import { WorkflowPanelServer as WorkflowPanelServer_cea552cecc3b9a7199488bd0ab8eef80 } from '../../../../../plugins/workflow/admin/WorkflowServer'
import { WorkflowCell as WorkflowCell_3f095dbcb3f9cd0b410f5d509e58bcdf } from '../../../../../plugins/workflow/admin/WorkflowCell'
import { ChecksPanel as ChecksPanel_9aa2233fa197a01cb830a17ee40bb79a } from '../../../../../plugins/checks/admin/ChecksPanel'
import { ReviewPanel as ReviewPanel_9846b83eca4c6a245efe790c9b8b6765 } from '../../../../../plugins/review/admin/ReviewPanel'
import { StateFilter as StateFilter_a99a419937a62cfe412b0e77db0d18c8 } from '../../../../../plugins/workflow/admin/StateFilter'
import { ChecksHold as ChecksHold_68e8bd1059ef25009d894c7e878739c9 } from '../../../../../plugins/checks/admin/ChecksHold'
import { PreviewControls as PreviewControls_966b448c3ac28da7ba534bc10dd2b39e } from '../../../../../plugins/workflow/admin/PreviewControls'
import { WorkflowActionsServer as WorkflowActionsServer_cea552cecc3b9a7199488bd0ab8eef80 } from '../../../../../plugins/workflow/admin/WorkflowServer'
import { NoUnpublishButton as NoUnpublishButton_e14a9d5e201da8f52d977b59234885d4 } from '../../../../../plugins/workflow/admin/WorkflowActions'
import { VersionsView as VersionsView_b3bfe341dc05b33819144aa5482bb0fa } from '../../../../../plugins/workflow/admin/VersionsView'
import { MediaUsage as MediaUsage_38412458573c3269c7042b88bfbd76fa } from '../../../../../plugins/content/admin/MediaUsage'
import { SiteListFilter as SiteListFilter_d94625272da33fb19a84c2b417763317 } from '../../../../../plugins/site-scoping/admin/SiteListFilter'
import { ChecksField as ChecksField_752cf2c101edd620c3a546469f259cb8 } from '../../../../../plugins/portals/admin/ChecksField'
import { RebuildPanel as RebuildPanel_418e120ca3f40ca1f8a9b8619105058c } from '../../../../../plugins/portals/admin/RebuildPanel'
import { CollectionCell as CollectionCell_9f5fb2b42e63b61e186d5f71a70bdde6 } from '../../../../../plugins/audit/admin/CollectionCell'
import { EnrolNotice as EnrolNotice_e07c2ed47245e80526988347c9410135 } from '../../../../../plugins/two-factor/admin/EnrolNotice'
import { MyWorkLink as MyWorkLink_27849b6c5533a9689887ba11cfa0e6e2 } from '../../../../../plugins/workflow/admin/MyWorkLink'
import { DialogueLink as DialogueLink_c36fe1c69aa637348c785647b41366bd } from '../../../../../plugins/dialogue/admin/DialogueLink'
import { ComplianceLink as ComplianceLink_f0af3f0845eaeb351304a75968f45e5a } from '../../../../../plugins/compliance/admin/ComplianceLink'
import { NewPortalNavLink as NewPortalNavLink_4add10f96a0a264cce3e59f94844d527 } from '../../../../../plugins/lifecycle/provisioning/admin/NewPortalLink'
import { ReorganisationNavLinks as ReorganisationNavLinks_e4d874982f90903d420207552e68a6ff } from '../../../../../plugins/lifecycle/reorganisation/admin/Links'
import { AcceptInvitationView as AcceptInvitationView_c144fe1fe29c076a46ec2f92215f911c } from '../../../../../plugins/accounts/invitations/admin/AcceptInvitationView'
import { DialogueAdminView as DialogueAdminView_59cff3b3aca9569bacf19dfc7fc2b95b } from '../../../../../plugins/dialogue/admin/DialogueAdminView'
import { MyWorkView as MyWorkView_ed6eb5ae1ab3aeceb0751424ed8db57d } from '../../../../../plugins/workflow/admin/MyWorkView'
import { ComplianceView as ComplianceView_0119d0433206ad426b293e6be8600c69 } from '../../../../../plugins/compliance/admin/ComplianceView'
import { NewPortalView as NewPortalView_f210f864836648562cc44b7e2c0548b9 } from '../../../../../plugins/lifecycle/provisioning/admin/NewPortalView'
import { MergeView as MergeView_0e15944d4af5027f814b793e140f3775 } from '../../../../../plugins/lifecycle/reorganisation/admin/views'
import { RetireView as RetireView_0e15944d4af5027f814b793e140f3775 } from '../../../../../plugins/lifecycle/reorganisation/admin/views'
import { LoginView as LoginView_7b9e9c56b92d259ebbf75810fb580293 } from '../../../../../plugins/two-factor/admin/LoginView'
import { TwoFactorView as TwoFactorView_e53b69264e950fde9ab1fa8d46b6f3b6 } from '../../../../../plugins/two-factor/admin/TwoFactorView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/lifecycle/provisioning/admin/NewPortalLink#NewPortalListLink": NewPortalListLink_4add10f96a0a264cce3e59f94844d527,
  "/plugins/accounts/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_e019d878ce50a4ac6341da95fc384d02,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/plugins/site-scoping/admin/SiteField#SiteField": SiteField_74255d45628e807b09bf5c47a7241be9,
  "/plugins/workflow/admin/WorkflowServer#WorkflowPanelServer": WorkflowPanelServer_cea552cecc3b9a7199488bd0ab8eef80,
  "/plugins/workflow/admin/WorkflowCell#WorkflowCell": WorkflowCell_3f095dbcb3f9cd0b410f5d509e58bcdf,
  "/plugins/checks/admin/ChecksPanel#ChecksPanel": ChecksPanel_9aa2233fa197a01cb830a17ee40bb79a,
  "/plugins/review/admin/ReviewPanel#ReviewPanel": ReviewPanel_9846b83eca4c6a245efe790c9b8b6765,
  "/plugins/workflow/admin/StateFilter#StateFilter": StateFilter_a99a419937a62cfe412b0e77db0d18c8,
  "/plugins/checks/admin/ChecksHold#ChecksHold": ChecksHold_68e8bd1059ef25009d894c7e878739c9,
  "/plugins/workflow/admin/PreviewControls#PreviewControls": PreviewControls_966b448c3ac28da7ba534bc10dd2b39e,
  "/plugins/workflow/admin/WorkflowServer#WorkflowActionsServer": WorkflowActionsServer_cea552cecc3b9a7199488bd0ab8eef80,
  "/plugins/workflow/admin/WorkflowActions#NoUnpublishButton": NoUnpublishButton_e14a9d5e201da8f52d977b59234885d4,
  "/plugins/workflow/admin/VersionsView#VersionsView": VersionsView_b3bfe341dc05b33819144aa5482bb0fa,
  "/plugins/content/admin/MediaUsage#MediaUsage": MediaUsage_38412458573c3269c7042b88bfbd76fa,
  "/plugins/site-scoping/admin/SiteListFilter#SiteListFilter": SiteListFilter_d94625272da33fb19a84c2b417763317,
  "/plugins/portals/admin/ChecksField#ChecksField": ChecksField_752cf2c101edd620c3a546469f259cb8,
  "/plugins/portals/admin/RebuildPanel#RebuildPanel": RebuildPanel_418e120ca3f40ca1f8a9b8619105058c,
  "/plugins/audit/admin/CollectionCell#CollectionCell": CollectionCell_9f5fb2b42e63b61e186d5f71a70bdde6,
  "/plugins/two-factor/admin/EnrolNotice#EnrolNotice": EnrolNotice_e07c2ed47245e80526988347c9410135,
  "/plugins/workflow/admin/MyWorkLink#MyWorkLink": MyWorkLink_27849b6c5533a9689887ba11cfa0e6e2,
  "/plugins/dialogue/admin/DialogueLink#DialogueLink": DialogueLink_c36fe1c69aa637348c785647b41366bd,
  "/plugins/compliance/admin/ComplianceLink#ComplianceLink": ComplianceLink_f0af3f0845eaeb351304a75968f45e5a,
  "/plugins/lifecycle/provisioning/admin/NewPortalLink#NewPortalNavLink": NewPortalNavLink_4add10f96a0a264cce3e59f94844d527,
  "/plugins/lifecycle/reorganisation/admin/Links#ReorganisationNavLinks": ReorganisationNavLinks_e4d874982f90903d420207552e68a6ff,
  "/plugins/accounts/invitations/admin/AcceptInvitationView#AcceptInvitationView": AcceptInvitationView_c144fe1fe29c076a46ec2f92215f911c,
  "/plugins/dialogue/admin/DialogueAdminView#DialogueAdminView": DialogueAdminView_59cff3b3aca9569bacf19dfc7fc2b95b,
  "/plugins/workflow/admin/MyWorkView#MyWorkView": MyWorkView_ed6eb5ae1ab3aeceb0751424ed8db57d,
  "/plugins/compliance/admin/ComplianceView#ComplianceView": ComplianceView_0119d0433206ad426b293e6be8600c69,
  "/plugins/lifecycle/provisioning/admin/NewPortalView#NewPortalView": NewPortalView_f210f864836648562cc44b7e2c0548b9,
  "/plugins/lifecycle/reorganisation/admin/views#MergeView": MergeView_0e15944d4af5027f814b793e140f3775,
  "/plugins/lifecycle/reorganisation/admin/views#RetireView": RetireView_0e15944d4af5027f814b793e140f3775,
  "/plugins/two-factor/admin/LoginView#LoginView": LoginView_7b9e9c56b92d259ebbf75810fb580293,
  "/plugins/two-factor/admin/TwoFactorView#TwoFactorView": TwoFactorView_e53b69264e950fde9ab1fa8d46b6f3b6,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
