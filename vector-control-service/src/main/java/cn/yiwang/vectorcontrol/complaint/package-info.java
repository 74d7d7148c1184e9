/**
 * Complaints about rats, mosquitoes, flies and cockroaches (Baoji regulation Art. 32): 12345
 * tickets dispatched in the vector categories become complaint records with an inspection task,
 * and the answer goes back to the hotline ({@code vectorcontrol.complaint.v1}).
 */
package cn.yiwang.vectorcontrol.complaint;
