import { NewPortalListLink as NewPortalListLink_e5c8b61d7b1772f55d8aa20cfc606440 } from '../../../provisioning/admin/NewPortalLink'
import { CurrentPasswordField as CurrentPasswordField_5bf345c4caf5e4c95d95f017f0c13e38 } from '../../../auth/admin/CurrentPasswordField'
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
import { ChecksField as ChecksField_893331a37359e722466631a79c18b458 } from '../../../compliance/admin/ChecksField'
import { EnrolNotice as EnrolNotice_419d365092f188eea6a767237969faa5 } from '../../../auth/admin/EnrolNotice'
import { MyWorkLink as MyWorkLink_5c6c2f51054c502c5a97715ab867e3ea } from '../../../admin/MyWorkLink'
import { ComplianceLink as ComplianceLink_5f63c688d517222e537e6c1666ebed45 } from '../../../compliance/admin/ComplianceLink'
import { NewPortalNavLink as NewPortalNavLink_e5c8b61d7b1772f55d8aa20cfc606440 } from '../../../provisioning/admin/NewPortalLink'
import { DialogueLink as DialogueLink_be76cc5c7aa81cdf7c0d132f86f3ead2 } from '../../../dialogue/admin/DialogueLink'
import { LoginView as LoginView_306612e763a57d9f4b7e784733afaf24 } from '../../../auth/admin/LoginView'
import { TwoFactorView as TwoFactorView_db37a8e7b988457fb1dba35888e47019 } from '../../../auth/admin/TwoFactorView'
import { AcceptInvitationView as AcceptInvitationView_51c165ead45779db5717ac104dac82a7 } from '../../../invitations/admin/AcceptInvitationView'
import { MyWorkView as MyWorkView_fd9ab5d4e06598bab26a945024b472bf } from '../../../admin/MyWorkView'
import { ComplianceView as ComplianceView_602d5533d09d8f2c918cea642f040cd1 } from '../../../compliance/admin/ComplianceView'
import { NewPortalView as NewPortalView_5c5dc87880bbbef73e69734f604da695 } from '../../../provisioning/admin/NewPortalView'
import { DialogueAdminView as DialogueAdminView_b06584ef1c4b9321f534d147ca899dd0 } from '../../../dialogue/admin/DialogueAdminView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/provisioning/admin/NewPortalLink#NewPortalListLink": NewPortalListLink_e5c8b61d7b1772f55d8aa20cfc606440,
  "/auth/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_5bf345c4caf5e4c95d95f017f0c13e38,
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
  "/compliance/admin/ChecksField#ChecksField": ChecksField_893331a37359e722466631a79c18b458,
  "/auth/admin/EnrolNotice#EnrolNotice": EnrolNotice_419d365092f188eea6a767237969faa5,
  "/admin/MyWorkLink#MyWorkLink": MyWorkLink_5c6c2f51054c502c5a97715ab867e3ea,
  "/compliance/admin/ComplianceLink#ComplianceLink": ComplianceLink_5f63c688d517222e537e6c1666ebed45,
  "/provisioning/admin/NewPortalLink#NewPortalNavLink": NewPortalNavLink_e5c8b61d7b1772f55d8aa20cfc606440,
  "/dialogue/admin/DialogueLink#DialogueLink": DialogueLink_be76cc5c7aa81cdf7c0d132f86f3ead2,
  "/auth/admin/LoginView#LoginView": LoginView_306612e763a57d9f4b7e784733afaf24,
  "/auth/admin/TwoFactorView#TwoFactorView": TwoFactorView_db37a8e7b988457fb1dba35888e47019,
  "/invitations/admin/AcceptInvitationView#AcceptInvitationView": AcceptInvitationView_51c165ead45779db5717ac104dac82a7,
  "/admin/MyWorkView#MyWorkView": MyWorkView_fd9ab5d4e06598bab26a945024b472bf,
  "/compliance/admin/ComplianceView#ComplianceView": ComplianceView_602d5533d09d8f2c918cea642f040cd1,
  "/provisioning/admin/NewPortalView#NewPortalView": NewPortalView_5c5dc87880bbbef73e69734f604da695,
  "/dialogue/admin/DialogueAdminView#DialogueAdminView": DialogueAdminView_b06584ef1c4b9321f534d147ca899dd0,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
