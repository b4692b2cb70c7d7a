/**
 * The script of the dialogue and Q&A pages (inline, at the end of `<main>`). Progressive
 * enhancement only: without it the pages read fully (the archive, the published questions at
 * the time of the last build) and the question form posts normally.
 *
 * - `form[data-question-form]`: sent with fetch; the receipt code, or an error next to each
 *   field, appears without leaving the page.
 * - `[data-live]` (sessions not yet closed): follows the platform's Server-Sent Events at
 *   `data-stream` (`snapshot`, `question`, `session` events) and, when the stream cannot be
 *   used, polls the JSON snapshot at `data-snapshot` every 5 s (the browser revalidates it with
 *   its ETag). Lists are updated in place, keyed by question ref, so reading position and focus
 *   survive an update; new answers are announced in a polite live region.
 *
 * The markup built here mirrors `components/QuestionItem.astro`: change both together. Citizen
 * text is only ever set as text; the answer's HTML comes from the CMS's rich text.
 */
export const LIVE_DIALOGUE_SCRIPT = `(()=>{
const d=document,Q='[data-question-form]';
const el=(t,c,x)=>{const e=d.createElement(t);if(c)e.className=c;if(x!=null)e.textContent=x;return e};
const say=(box,parts)=>{box.replaceChildren(...parts);box.hidden=false};
for(const f of d.querySelectorAll(Q))f.addEventListener('submit',async ev=>{
if(!window.fetch)return;ev.preventDefault();
const st=f.querySelector('[data-form-status]'),b=f.querySelector('button[type=submit]');
for(const e of f.querySelectorAll('[data-js-error],[data-error-summary]'))e.remove();
for(const e of f.querySelectorAll('[aria-invalid]')){e.removeAttribute('aria-invalid');const ds=(e.getAttribute('aria-describedby')||'').split(' ').filter(i=>!/-error$/.test(i)).join(' ');ds?e.setAttribute('aria-describedby',ds):e.removeAttribute('aria-describedby')}
b.disabled=true;
try{const r=await fetch(f.action,{method:'POST',headers:{Accept:'application/json'},body:new URLSearchParams(new FormData(f))});
const j=await r.json().catch(()=>({}));
if(r.status===202){const a=el('a',null,'Tra cứu tình trạng câu hỏi');a.href=j.lookup;
say(st,['Đã nhận câu hỏi của bạn. Mã tra cứu: ',el('strong',null,j.receiptCode),'. Câu hỏi sẽ hiển thị sau khi được duyệt. ',a]);f.elements.text.value='';st.tabIndex=-1;st.focus()}
else{let first=null;const gen=[];
for(const e of j.errors||[]){const i=f.querySelector('#q-'+e.field);
if(!i||i.type==='hidden'){gen.push(e.vi||e.message);continue}
const p=el('p','field-error');p.id='q-'+e.field+'-error';p.dataset.jsError='';p.append(el('span','visually-hidden','Lỗi: '),e.vi||e.message);
const at=i.closest('.check')||i;at.parentNode.insertBefore(p,at);i.setAttribute('aria-invalid','true');
i.setAttribute('aria-describedby',((i.getAttribute('aria-describedby')||'')+' '+p.id).trim());first=first||i}
if(gen.length||!first)say(st,[gen.join(' ')||'Không gửi được câu hỏi, vui lòng thử lại sau.']);else st.hidden=true;
if(first)first.focus()}}
catch(e){say(st,['Không gửi được câu hỏi (mất kết nối). Vui lòng thử lại.'])}
finally{b.disabled=false}});
const root=d.querySelector('[data-live]');if(!root||!window.fetch)return;
const tf=new Intl.DateTimeFormat('vi-VN',{hour:'2-digit',minute:'2-digit',day:'2-digit',month:'2-digit',year:'numeric',hour12:false,timeZone:'Asia/Ho_Chi_Minh'});
const L={announced:'Sắp diễn ra',open:'Đang nhận câu hỏi',live:'Đang trực tuyến',closed:'Đã kết thúc',archived:'Lưu trữ'};
const $=s=>root.querySelector(s),status=$('[data-live-status]');
let qs=new Map(),pin=null,state=root.dataset.state,ver=-1,sig=new WeakMap();
const item=(q,p,anchor)=>{const li=el('li','qa'+(p?' qa--pinned':''));if(anchor)li.id='cau-hoi-'+q.ref;li.dataset.ref=q.ref;
const m=el('p','qa__meta');if(p)m.append(el('span','badge','Đang trả lời'),' ');m.append(el('span','qa__asker',q.askerName));
if(q.topic)m.append(el('span',null,' · '+q.topic));const t=el('time',null,tf.format(new Date(q.receivedAt)));t.dateTime=q.receivedAt;const s=el('span',null,' · ');s.append(t);m.append(s);li.append(m);
li.append(el('p','qa__question',q.text));
if(q.guest&&!q.answer)li.append(el('p','qa__meta','Khách mời trả lời: '+q.guest.name+(q.guest.position?', '+q.guest.position:'')));
if(q.answer){const a=el('div','qa__answer');a.append(el('p','qa__by','Trả lời'+(q.answer.by?': '+q.answer.by:'')+(q.guest&&q.guest.position&&q.answer.by===q.guest.name?', '+q.guest.position:'')));
const h=d.createElement('div');h.innerHTML=q.answer.html;a.append(...h.childNodes);li.append(a)}return li};
const fill=(list,items,p,anchor)=>{if(!list)return;const want=items.map(q=>{const k=JSON.stringify([q,p===q.ref,anchor]);const old=list.querySelector('[data-ref="'+q.ref+'"]');
return old&&sig.get(old)===k?old:(n=>(sig.set(n,k),n))(item(q,p===q.ref,anchor))});
want.forEach((n,i)=>{if(list.children[i]!==n)list.insertBefore(n,list.children[i]||null)});
while(list.children.length>want.length)list.lastChild.remove()};
const cmp=(a,b)=>a.order-b.order||(a.state===b.state?0:a.state==='answered'?-1:1)||((a.answer&&a.answer.at)||a.receivedAt).localeCompare((b.answer&&b.answer.at)||b.receivedAt);
const render=()=>{const all=[...qs.values()].sort(cmp),ans=all.filter(q=>q.state==='answered'),wait=all.filter(q=>q.state!=='answered'),p=qs.get(pin);
fill($('[data-live-answered]'),ans,pin,true);fill($('[data-live-waiting]'),wait,pin,true);fill($('[data-live-pinned] ul'),p?[p]:[],pin,false);
$('[data-live-pinned]').hidden=!p;$('[data-live-waiting-box]').hidden=!wait.length;$('[data-live-answered-empty]').hidden=!!ans.length;
for(const e of d.querySelectorAll('[data-live-state]'))e.textContent=L[state]||state;
const fm=d.querySelector('[data-live-form]');if(fm)fm.hidden=!(state==='open'||state==='live');
const cl=d.querySelector('[data-live-closed]');if(cl)cl.hidden=!(state==='closed'||state==='archived');
const an=d.querySelector('[data-live-announced]');if(an)an.hidden=state!=='announced'};
const snap=s=>{if(s.version===ver)return;ver=s.version;qs=new Map(s.questions.map(q=>[q.ref,q]));pin=s.pinned;state=s.state;render()};
const on={snapshot:snap,question:m=>{ver=m.version;const was=qs.get(m.ref);m.question?qs.set(m.ref,m.question):qs.delete(m.ref);render();
if(m.question&&m.question.answer&&!(was&&was.answer))status.textContent='Có câu trả lời mới cho câu hỏi của '+m.question.askerName+'.'},
session:m=>{ver=m.version;const ch=m.state!==state;state=m.state;pin=m.pinned;render();if(ch)status.textContent='Phiên đối thoại: '+(L[state]||state)+'.'}};
let polling=false;const poll=async()=>{polling=true;try{const r=await fetch(root.dataset.snapshot,{cache:'no-cache'});if(r.ok)snap(await r.json())}catch(e){}setTimeout(poll,5000)};
if(!window.EventSource)return void poll();
let fails=0;const es=new EventSource(root.dataset.stream);
for(const k in on)es.addEventListener(k,e=>{fails=0;try{on[k](JSON.parse(e.data))}catch(x){}});
es.onerror=()=>{if((es.readyState===2||++fails>3)&&!polling){es.close();poll()}}})()`
